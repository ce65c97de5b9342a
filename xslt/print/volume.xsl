<?xml version="1.0" encoding="UTF-8"?>
<!--
  The volume's front matter and texts (named template p:volume, parameter $texts): title page,
  table of contents (page numbers by CSS target-counter), then every text from a new page, in the
  site's order (p:ordered).
  The back matter (index, colophon) is laid out after it by p:back-matter (back-matter.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:n="urn:nashr:xslt"
    xmlns:p="urn:nashr:print"
    exclude-result-prefixes="#all">

  <xsl:template name="p:volume">
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
          <xsl:if test="$build-date">
            <p class="date"><xsl:value-of select="p:build-date()"/></p>
          </xsl:if>
        </section>
        <nav class="toc">
          <h2><xsl:value-of select="n:msg('print-contents')"/></h2>
          <ol>
            <xsl:for-each select="p:ordered($texts) ! tei:TEI">
              <li><a href="#{p:text-id(.)}"><span class="toc-title"><xsl:value-of select="n:title(.)"/></span></a></li>
            </xsl:for-each>
          </ol>
        </nav>
        <xsl:apply-templates select="p:ordered($texts) ! tei:TEI" mode="p:article"/>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
