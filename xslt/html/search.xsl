<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: search folding for the static index. The rule is data, in search-fold.json
  (next to this file; the same file drives the browser's query folding in assets/nashr.js), so
  «فعالیت‌های» (with ZWNJ) and «فعالیتهای», ي/ی, ك/ک and Persian/Arabic-Indic/ASCII digits fold to
  one form. Text pages carry a hidden folded copy of the text for Pagefind to index.
  Also the search page (n:search).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:n="urn:nashr:xslt"
  exclude-result-prefixes="#all">

  <xsl:variable name="n:fold-rule" as="map(*)" select="json-doc('search-fold.json')"/>
  <xsl:variable name="n:fold-from" as="xs:string"
    select="string-join((map:keys($n:fold-rule?map) => sort(), array:flatten($n:fold-rule?delete)))"/>
  <xsl:variable name="n:fold-to" as="xs:string"
    select="string-join((map:keys($n:fold-rule?map) => sort()) ! $n:fold-rule?map(.))"/>

  <!-- n:fold($s): $s folded for search (see search-fold.json), spaces normalised -->
  <xsl:function name="n:fold" as="xs:string" visibility="public">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="normalize-space(lower-case(translate(string($s), $n:fold-from, $n:fold-to)))"/>
  </xsl:function>

  <!-- search.html: the search form and the results list filled by assets/nashr.js (Pagefind) -->
  <xsl:template name="n:search">
    <xsl:call-template name="n:page">
      <xsl:with-param name="root" select="''"/>
      <xsl:with-param name="title" select="n:msg('search')"/>
      <xsl:with-param name="kind" select="'search'"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="n:msg('search')"/></h1>
        <p class="search-status" role="status" aria-live="polite"></p>
        <ol class="search-results"></ol>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
