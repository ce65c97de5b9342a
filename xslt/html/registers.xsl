<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: register pages (registers/{persons,orgs,places}.html), one call of the named
  template n:register per page ($register-name). Every occurrence of the register's names is
  gathered in ONE pass over the texts' summaries (s:occ, with its context already taken from the
  text by summary.xsl; for-each-group by entry id, then by text), so the work grows with the number
  of occurrences, not with texts × entries, and the texts themselves are not needed; one page at a
  time is held. Entries come from $registers (TEI listPerson, listOrg,
  listPlace; TEI Guidelines 13.3); entries without occurrences are listed too, and references
  to ids missing from the register get an entry named after their first occurrence.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:s="urn:nashr:summary"
  xmlns:n="urn:nashr:xslt"
  exclude-result-prefixes="#all">

  <!-- Persian alphabetical order (Unicode Collation Algorithm, CLDR "fa"), code points if absent -->
  <xsl:variable name="n:collation" as="xs:string"
    select="'http://www.w3.org/2013/collation/UCA?lang=' || $n:site-lang || ';fallback=yes'"/>

  <!-- register entries of one register: person/personGrp, org, place elements with @xml:id -->
  <xsl:function name="n:entries" as="element()*">
    <xsl:param name="register" as="xs:string"/>
    <xsl:sequence select="
      if ($register = 'persons') then $registers//(tei:person | tei:personGrp)[@xml:id]
      else if ($register = 'orgs') then $registers//tei:org[@xml:id]
      else $registers//tei:place[@xml:id]"/>
  </xsl:function>

  <!-- n:authority-url($idno): the web address of an authority record: the idno itself when it
       is a URL, else for @type wikidata https://www.wikidata.org/wiki/{id}, viaf
       https://viaf.org/viaf/{id}, geonames https://www.geonames.org/{id}; '' otherwise -->
  <xsl:function name="n:authority-url" as="xs:string">
    <xsl:param name="idno" as="element()"/>
    <xsl:variable name="id" select="normalize-space($idno)"/>
    <xsl:sequence select="
      if (matches($id, '^https?://')) then $id
      else if (lower-case($idno/@type) = 'wikidata') then 'https://www.wikidata.org/wiki/' || encode-for-uri($id)
      else if (lower-case($idno/@type) = 'viaf') then 'https://viaf.org/viaf/' || encode-for-uri($id)
      else if (lower-case($idno/@type) = 'geonames') then 'https://www.geonames.org/' || encode-for-uri($id)
      else ''"/>
  </xsl:function>

  <!-- n:context($occurrence, $side): up to $n:context-words words of the diplomatic text
       'before' or 'after' an occurrence, within its block (the nearest ancestor with @xml:id
       below TEI, or of a block element), with "…" where the block goes on. Cost: a dozen text
       nodes, whatever the size of the block. -->
  <xsl:variable name="n:context-words" as="xs:integer" select="5"/>
  <xsl:variable name="n:context-blocks" as="xs:string+" select="('p', 'ab', 'head', 'item', 'l', 'fw',
    'dateline', 'closer', 'opener', 'trailer', 'byline', 'salute', 'signed', 'cell', 'note')"/>
  <xsl:function name="n:context" as="xs:string">
    <xsl:param name="occurrence" as="element()"/>
    <xsl:param name="side" as="xs:string"/>
    <!-- the innermost such ancestor (a path returns ancestors outermost first), else the root -->
    <xsl:variable name="block" select="(root($occurrence)/*,
      $occurrence/ancestor::*[@xml:id or local-name() = $n:context-blocks][not(self::tei:TEI)])[last()]"/>
    <!-- the nearest text nodes only (the axes stop early), those inside the block; a path
         returns them in document order -->
    <xsl:variable name="near" select="if ($side = 'before') then $occurrence/preceding::text()[position() le 12]
      else $occurrence/following::text()[position() le 12]"/>
    <xsl:variable name="nodes" select="$near[ancestor::* intersect $block]"/>
    <xsl:variable name="text" select="string-join($nodes[not(ancestor::tei:reg | ancestor::tei:corr | ancestor::tei:expan | ancestor::tei:note)])"/>
    <xsl:variable name="words" select="tokenize($text)"/>
    <!-- a space next to the name only where the text has one («صالحی،» keeps its comma); the
         character is compared with XPath's \s, not matched by a regular expression (half the
         cost of the function) -->
    <xsl:variable name="space" select="if ($side = 'before') then substring($text, string-length($text)) else substring($text, 1, 1)"/>
    <xsl:variable name="spaced" select="$space = (' ', '&#9;', '&#10;', '&#13;')"/>
    <xsl:sequence select="if ($side = 'before')
      then (if (count($words) gt $n:context-words) then '… ' else '') || string-join($words[position() gt last() - $n:context-words], ' ')
        || (if ($spaced) then ' ' else '')
      else (if ($spaced) then ' ' else '') || string-join($words[position() le $n:context-words], ' ')
        || (if (count($words) gt $n:context-words) then ' …' else '')"/>
  </xsl:function>

  <!-- n:register: the page of register $register-name from ONE pass over its names with @ref in
       every text (the summaries' s:occ, texts in index order), serialised by xsl:output -->
  <xsl:template name="n:register">
    <xsl:variable name="groups" as="map(*)*">
      <xsl:for-each-group select="$summaries/s:texts/s:text/s:occ[@register = $register-name]" group-by="@key">
        <xsl:sequence select="map{
          'key': string(@key),
          'name': n:entry-name(n:register-entry(@key), @form),
          'occurrences': current-group()}"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:call-template name="n:register-page">
      <xsl:with-param name="register" select="$register-name"/>
      <xsl:with-param name="groups" select="$groups"/>
    </xsl:call-template>
  </xsl:template>

  <!-- one register page: the entries with occurrences ($groups) and those without -->
  <xsl:template name="n:register-page">
    <xsl:param name="register" as="xs:string"/>
    <xsl:param name="groups" as="map(*)*"/>
    <xsl:variable name="heading" select="n:msg('register-' || $register)"/>
    <xsl:variable name="used" select="$groups ! ?key"/>
    <xsl:variable name="all" as="map(*)*" select="$groups,
      n:entries($register)[not(@xml:id = $used)] ! map{'key': string(@xml:id), 'name': n:entry-name(., @xml:id), 'occurrences': ()}"/>
    <xsl:call-template name="n:page">
      <xsl:with-param name="root" select="'../'"/>
      <xsl:with-param name="title" select="$heading"/>
      <xsl:with-param name="kind" select="'register'"/>
      <xsl:with-param name="current" select="$register"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="$heading"/></h1>
        <xsl:choose>
          <xsl:when test="empty($all)">
            <p><xsl:value-of select="n:msg('register-empty')"/></p>
          </xsl:when>
          <xsl:otherwise>
            <ul class="register">
              <xsl:for-each select="$all">
                <xsl:sort select="?name" collation="{$n:collation}"/>
                <xsl:sort select="?key"/>
                <xsl:call-template name="n:register-entry">
                  <xsl:with-param name="key" select="?key"/>
                  <xsl:with-param name="name" select="?name"/>
                  <xsl:with-param name="occurrences" select="?occurrences"/>
                </xsl:call-template>
              </xsl:for-each>
            </ul>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- one entry: name, other forms, note, authority ids, occurrences grouped by text -->
  <xsl:template name="n:register-entry">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="occurrences" as="element()*"/>
    <xsl:variable name="entry" select="n:register-entry($key)"/>
    <li class="register-entry" id="{$key}">
      <h2><xsl:value-of select="$name"/></h2>
      <!-- other forms: the register's names and the forms written in the texts, each once -->
      <xsl:variable name="forms" as="map(*)*">
        <xsl:for-each-group select="$entry/(tei:persName | tei:orgName | tei:placeName | tei:name) ! map{'form': n:plain(.), 'lang': n:lang(.)},
            $occurrences ! map{'form': string(@form), 'lang': string(@lang)}" group-by="?form">
          <xsl:sequence select=".[?form ne $name]"/>
        </xsl:for-each-group>
      </xsl:variable>
      <xsl:if test="exists($forms)">
        <p class="variants">
          <xsl:value-of select="n:msg('variants')"/>
          <xsl:text>: </xsl:text>
          <xsl:for-each select="$forms">
            <xsl:if test="position() gt 1"><xsl:value-of select="n:msg('list-separator')"/></xsl:if>
            <bdi>
              <xsl:if test="?lang ne '' and ?lang ne $n:site-lang">
                <xsl:attribute name="lang" select="?lang"/><xsl:attribute name="dir" select="n:dir(?lang)"/>
              </xsl:if>
              <xsl:value-of select="?form"/>
            </bdi>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:for-each select="($entry/(tei:note | tei:desc | tei:occupation))[1]">
        <!-- a note without xml:lang (an English note in a Persian register) in its script's direction -->
        <p class="entry-note"><xsl:sequence select="if (@xml:lang) then n:lang-attributes(., $n:site-lang)
          else n:script-dir(normalize-space(.), n:dir($n:site-lang))"/><xsl:value-of select="normalize-space(.)"/></p>
      </xsl:for-each>
      <xsl:for-each select="$entry/tei:idno[normalize-space()]">
        <p class="authority"><xsl:value-of select="n:msg('authority')"/> (<bdi><xsl:value-of select="@type"/></bdi>):
          <xsl:choose>
            <xsl:when test="n:authority-url(.)"><a href="{n:authority-url(.)}"><bdi dir="ltr"><xsl:value-of select="normalize-space(.)"/></bdi></a></xsl:when>
            <xsl:otherwise><bdi dir="ltr"><xsl:value-of select="normalize-space(.)"/></bdi></xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:for-each>
      <xsl:if test="exists($occurrences)">
        <p class="occurrence-count"><xsl:value-of select="n:msg('occurrences', count($occurrences))"/></p>
        <ul class="occurrences">
          <xsl:for-each-group select="$occurrences" group-by="../@stem">
            <xsl:variable name="href" select="'../' || $texts-dir || current-grouping-key() || '.html'"/>
            <li>
              <a class="occurrence-text" href="{$href}"><xsl:call-template name="n:title-run"><xsl:with-param name="title" select="string(../@title)"/></xsl:call-template></a>
              <ul class="kwic">
                <xsl:for-each select="current-group()">
                  <li>
                    <xsl:value-of select="@before"/>
                    <a class="occurrence" href="{$href}#{@id}"><xsl:value-of select="@form"/></a>
                    <xsl:value-of select="@after"/>
                  </li>
                </xsl:for-each>
              </ul>
            </li>
          </xsl:for-each-group>
        </ul>
      </xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
