<?xml version="1.0" encoding="UTF-8"?>
<!--
  The volume's back matter (named template p:back-matter): the index of persons, organisations
  and places (none when no name of the texts points to a register entry), read from the texts'
  summaries ($summaries, volume-summary.xsl: each name with @ref as a p:name), then the colophon: the
  volume's last part, laid out when the page of every entity occurrence is known ($anchor-pages:
  anchor id → page, from the layout of the texts' parts), so an entry lists each page once (CSS
  target-counter() cannot merge repeats), each number linking to the first occurrence on that
  page (an href of $part-link and the anchor: the occurrence is in another part).
  Entries are grouped by register entry (n:ref-key of @ref: p:name/@key),
  labelled with the register's preferred name when $registers holds it, sorted in Persian
  alphabetical order (n:name-key). Each register is a part with its heading; print.css sets its
  entries in two columns. The volume lays the index out in pieces (nashr.publish.index_pieces cuts
  this document, round 46): a piece holds at most a fixed number of page numbers, each register
  starts a piece, and an entry run on into the next piece repeats its name with the label of
  data-continued; a piece after the first has the running title of data-title.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:n="urn:nashr:xslt"
    xmlns:p="urn:nashr:print"
    exclude-result-prefixes="#all">

  <xsl:template name="p:back-matter">
    <xsl:variable name="lang" select="($edition?language, 'fa')[1]"/>
    <!-- names linked to a register entry; uncertain automatic candidates without @ref (cert="low")
         are left out of the printed index -->
    <xsl:variable name="names" select="$summaries/p:texts/p:text/p:name"/>
    <html lang="{$lang}" dir="{n:dir($lang)}">
      <xsl:call-template name="p:html-head">
        <xsl:with-param name="title" select="$edition?title"/>
      </xsl:call-template>
      <body class="back-matter">
        <xsl:if test="exists($names)">
          <section class="index" id="index" data-title="{n:msg('print-index')}"
                   data-continued="{n:msg('print-index-continued')}">
            <h2><xsl:value-of select="n:msg('print-index')"/></h2>
            <xsl:for-each select="$n:registers">
              <xsl:variable name="register" select="."/>
              <xsl:call-template name="p:index-part">
                <xsl:with-param name="names" select="$names[@register = $register]"/>
                <xsl:with-param name="heading" select="'register-' || $register"/>
              </xsl:call-template>
            </xsl:for-each>
          </section>
        </xsl:if>
        <xsl:call-template name="p:colophon"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="p:index-part">
    <xsl:param name="names" as="element(p:name)*"/>
    <xsl:param name="heading" as="xs:string"/>
    <xsl:if test="exists($names)">
      <section class="index-part">
        <h3><xsl:value-of select="n:msg($heading)"/></h3>
        <xsl:for-each-group select="$names" group-by="string(@key)">
          <xsl:sort select="n:name-key(p:entity-label(current-group()[1]))"/>
          <xsl:variable name="located" select="current-group()[map:contains($anchor-pages, string(@anchor))]"/>
          <p class="index-entry">
            <span class="index-name"><xsl:value-of select="p:entity-label(current-group()[1])"/></span>
            <xsl:if test="exists($located)">، </xsl:if>
            <span class="index-pages">
              <xsl:for-each-group select="$located" group-by="xs:integer($anchor-pages(string(@anchor)))">
                <xsl:sort select="current-grouping-key()"/>
                <xsl:if test="position() gt 1">، </xsl:if>
                <a href="{$part-link}{current-group()[1]/@anchor}"><xsl:value-of
                    select="n:digits(string(current-grouping-key()))"/></a>
              </xsl:for-each-group>
            </span>
          </p>
        </xsl:for-each-group>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Index label: the register's preferred name, else the occurrence's diplomatic text. -->
  <xsl:function name="p:entity-label" as="xs:string">
    <xsl:param name="name" as="element(p:name)"/>
    <xsl:sequence select="n:entry-name(n:register-entry(string($name/@key)), string($name/@form))"/>
  </xsl:function>
</xsl:stylesheet>
