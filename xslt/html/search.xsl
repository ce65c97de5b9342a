<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: search folding for the static index. The rule is data, in search-fold.json
  (next to this file; the same file drives the browser's query folding in assets/nashr.js), so
  «فعالیت‌های» (with ZWNJ), «فعالیت های» and «فعالیتهای», ي/ی/ئ, ك/ک, diacritics and
  Persian/Arabic-Indic/ASCII digits fold to one form. Each block of a text is one record of the
  Pagefind index (its folded words, n:search-text; summary.xsl), so a result points at the
  paragraph. Also the search page (n:search).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:n="urn:nashr:xslt"
  exclude-result-prefixes="#all">

  <xsl:variable name="n:fold-rule" as="map(*)" select="json-doc('search-fold.json')"/>
  <xsl:variable name="n:fold-from" as="xs:string"
    select="string-join((map:keys($n:fold-rule?map) => sort(), array:flatten($n:fold-rule?delete)))"/>
  <xsl:variable name="n:fold-to" as="xs:string"
    select="string-join((map:keys($n:fold-rule?map) => sort()) ! $n:fold-rule?map(.))"/>

  <!-- affixes written apart, with ZWNJ or joined (می‌روم, می روم, میروم) are joined to their word:
       in a string of words with one space between them, the spaces after a word that is a prefix
       and before a word that is a suffix (each affix quoted, \Q…\E, in the JDK's syntax) -->
  <xsl:variable name="n:join-spaces" as="xs:string" select="
    '(?&lt;=(?:^| )(?:' || string-join(array:flatten($n:fold-rule?join?prefixes) ! ('\Q' || . || '\E'), '|') || ')) '
    || '| (?=(?:' || string-join(array:flatten($n:fold-rule?join?suffixes) ! ('\Q' || . || '\E'), '|') || ')(?: |$))'"/>

  <!-- n:fold($s): $s folded for search (see search-fold.json): characters mapped or deleted,
       lower case, punctuation made a space, spaces normalised; then the space between two words
       goes when the first is a prefix or the second a suffix.
       Both regular expressions run in the JDK's engine (Saxon's flag ";j"): Saxon's own spends
       about a microsecond a character on a class such as \p{L} and on alternations, which made
       folding half the time of a text's summary. The engines read [^\p{L}\p{N}\p{M}] alike;
       their character tables differ only on characters new in Unicode 16, which the JDK's, like
       the browser's (the reader's query, assets/nashr.js), counts as letters, and on U+2F01 (a
       Kangxi radical, a symbol the JDK counts as a letter). -->
  <xsl:function name="n:fold" as="xs:string" visibility="public">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:variable name="words" select="tokenize(replace(lower-case(translate(string($s), $n:fold-from, $n:fold-to)), '[^\p{L}\p{N}\p{M}]+', ' ', ';j'))"/>
    <xsl:sequence select="replace(string-join($words, ' '), $n:join-spaces, '', ';j')"/>
  </xsl:function>

  <!-- n:search-text($block): what the index holds for a block: its diplomatic text and its
       normalised readings (reg, corr, expan), folded; its notes are records of their own -->
  <xsl:function name="n:search-text" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:variable name="readings" select="$block//(tei:corr | tei:reg | tei:expan)[not(ancestor::tei:note except $block/ancestor-or-self::tei:note)]"/>
    <xsl:sequence select="n:fold(string-join((n:plain($block/node()), $readings ! string(.)), ' '))"/>
  </xsl:function>

  <!-- search.html: the search form and the results list filled by assets/nashr.js (Pagefind) -->
  <xsl:template name="n:search">
    <xsl:call-template name="n:page">
      <xsl:with-param name="root" select="''"/>
      <xsl:with-param name="title" select="n:msg('search')"/>
      <xsl:with-param name="kind" select="'search'"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="n:msg('search')"/></h1>
        <p class="search-help"><xsl:value-of select="n:msg('search-help')"/></p>
        <p class="search-status" role="status" aria-live="polite"></p>
        <xsl:call-template name="n:search-from-disk"/>
        <ol class="search-results" data-parts="{$search-parts}"></ol>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- n:search-from-disk: what the search page says when it was opened from disk (a file: URL),
       where it cannot search: browsers fetch module scripts (assets/nashr.js) and Pagefind's index
       in CORS mode (HTML Standard, 8.1.5 "fetch a single module script"; Fetch Standard, "scheme
       fetch"), which has no file: scheme. So the page says so itself, in a classic inline script
       that runs there: why, and how to serve the folder (Python's http.server, port 8000 by
       default), with a link that keeps the query. Over http(s) the note stays hidden. -->
  <xsl:template name="n:search-from-disk">
    <xsl:variable name="serve" select="'python3 -m http.server'"/>
    <xsl:variable name="served" select="'http://localhost:8000/search.html'"/>
    <p class="search-from-disk" hidden="">
      <!-- the scheme, the command and the address set left to right, each isolated ([dir]) -->
      <xsl:analyze-string select="n:msg('search-from-disk')" regex="\{{([123])\}}">
        <xsl:matching-substring>
          <xsl:choose>
            <xsl:when test="regex-group(1) = '1'"><code dir="ltr"><xsl:value-of select="$serve"/></code></xsl:when>
            <xsl:when test="regex-group(1) = '2'"><a href="{$served}" dir="ltr"><xsl:value-of select="$served"/></a></xsl:when>
            <xsl:otherwise><bdi dir="ltr">file://</bdi></xsl:otherwise>
          </xsl:choose>
        </xsl:matching-substring>
        <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
      </xsl:analyze-string>
    </p>
    <script>
      if (location.protocol === "file:") {
        const note = document.querySelector(".search-from-disk");
        note.hidden = false;
        note.querySelector("a").search = location.search;
      }
    </script>
  </xsl:template>
</xsl:stylesheet>
