<?xml version="1.0" encoding="UTF-8"?>
<!--
  The volume, printed in parts (nashr.publish.volume) and joined into one PDF:
    - p:front-matter: the title page and the table of contents, from $summaries (each text's
      summary, volume-summary.xsl, in the volume's order), whose page numbers are looked up in
      $anchor-pages (text id → page; none yet when the contents are laid out only to count
      their pages: the numbers are placed absolutely, print.css, so they never move a line);
    - p:volume-texts: the texts of $texts (one part: a batch of the ordered texts), each from a
      new page, in the order given.
  The back matter (index, colophon) is the last part: p:back-matter (back-matter.xsl). Links
  from the contents and the index lead into other parts: their href is $part-link and the
  anchor, which the join turns into a link to the named destination.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:n="urn:nashr:xslt"
    xmlns:p="urn:nashr:print"
    exclude-result-prefixes="#all">

  <xsl:template name="p:front-matter">
    <xsl:variable name="lang" select="($edition?language, 'fa')[1]"/>
    <html lang="{$lang}" dir="{n:dir($lang)}">
      <xsl:call-template name="p:html-head">
        <xsl:with-param name="title" select="$edition?title"/>
        <xsl:with-param name="authors" select="$edition?editors?*?name"/>
        <xsl:with-param name="description" select="$edition?description"/>
      </xsl:call-template>
      <body class="volume">
        <section class="title-page">
          <h1 class="edition-title"><xsl:value-of select="$edition?title"/></h1>
          <xsl:if test="$edition?title_en">
            <p class="edition-title-en" lang="en" dir="ltr"><xsl:value-of select="$edition?title_en"/></p>
          </xsl:if>
          <p class="editors">
            <xsl:for-each select="$edition?editors?*">
              <span class="editor"><xsl:call-template name="n:credit"><xsl:with-param name="name" select="?name"/><xsl:with-param name="role" select="''"/></xsl:call-template></span>
            </xsl:for-each>
          </p>
          <p class="publisher"><bdi><xsl:value-of select="$edition?publisher"/></bdi></p>
          <!-- the edition's date as edition.toml gives it (a month is a month, not its first day) -->
          <xsl:variable name="date" select="string(($edition?date, $build-date)[. ne ''][1])"/>
          <xsl:if test="$date">
            <p class="date"><xsl:value-of select="p:both-calendars($date)"/></p>
          </xsl:if>
        </section>
        <nav class="toc">
          <h2><xsl:value-of select="n:msg('print-contents')"/></h2>
          <ol>
            <xsl:for-each select="$summaries/p:texts/p:text">
              <xsl:variable name="page" select="$anchor-pages(@id)"/>
              <li><a href="{$part-link}{@id}"><span class="toc-title"><xsl:call-template name="n:title-run"><xsl:with-param name="title" select="string(@title)"/></xsl:call-template></span><span
                  class="toc-page"><xsl:value-of select="$page ! n:digits(string(xs:integer(.)))"/></span></a></li>
            </xsl:for-each>
          </ol>
        </nav>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="p:volume-texts">
    <xsl:variable name="lang" select="($edition?language, 'fa')[1]"/>
    <html lang="{$lang}" dir="{n:dir($lang)}">
      <xsl:call-template name="p:html-head">
        <xsl:with-param name="title" select="$edition?title"/>
      </xsl:call-template>
      <body class="volume">
        <xsl:apply-templates select="$texts/tei:TEI" mode="p:article"/>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
