<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: register pages. Each register (registers/{persons,orgs,places}.html, one
  call of n:register) lists its entries with their forms, notes, authority ids and counts; each
  entry the texts name has a page of its own (registers/{register}/{n:entry-file(key)}.html, one
  call of n:register-entry-page) with every occurrence in context, grouped by text. Each call
  reads only its part of the texts' summaries (nashr.publish.summaries: the occurrences, with
  their context already taken from the text by summary.xsl), so a page's work and memory grow
  with what it shows, never with the whole edition, and the texts themselves are not needed.
  Entries come from $registers (TEI listPerson, listOrg, listPlace; TEI Guidelines 13.3);
  entries without occurrences are listed too, and references to ids missing from the register
  get an entry named after their first occurrence.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:s="urn:nashr:summary"
  xmlns:n="urn:nashr:xslt"
  exclude-result-prefixes="#all">

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
    <!-- a text node right after a caesura or a line break starts a word: «…آدم را» + «از نور…»
         of a source with a hemistich per line are two words, not «رااز»; right after, not
         after a text node that follows it: «(» + «۳۱ حمل» (a date) after a line break is «(۳۱
         حمل», not «( ۳۱ حمل» -->
    <xsl:variable name="text" select="string-join($nodes[not(ancestor::tei:reg | ancestor::tei:corr | ancestor::tei:expan | ancestor::tei:note)]
      ! (if (preceding::node()[self::text() or self::tei:caesura or self::tei:lb][1][self::tei:caesura or self::tei:lb[not(@break = 'no')]])
         then ' ' || . else string(.)))"/>
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

  <!-- n:entry-file($key): the file name (without .html) of an entry's page in
       registers/{register}/: the key itself when it is ASCII letters, digits, '.', '_' and '-'
       not starting with '.' (every xml:id nashr makes), else 'u' and its code points in decimal
       joined by '-' (a key from another project's @ref may hold any character). The same rule
       is nashr.publish.summaries.entry_file. -->
  <xsl:function name="n:entry-file" as="xs:string" visibility="public">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="if (matches($key, '^[A-Za-z0-9_\-][A-Za-z0-9._\-]*$')) then $key
      else 'u' || string-join(string-to-codepoints($key) ! string(.), '-')"/>
  </xsl:function>

  <!-- n:entry-href($register, $key): an entry's page, relative to the site root -->
  <xsl:function name="n:entry-href" as="xs:string">
    <xsl:param name="register" as="xs:string"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="$registers-dir || $register || '/' || n:entry-file($key) || '.html'"/>
  </xsl:function>

  <!-- n:register: the page of register $register-name: every entry, those the texts name first
       ($summaries: <s:entries>, each <s:entry key form lang count> with the distinct forms the
       texts write, <s:form form lang>, in the order the texts first name them), then the rest
       of the register, written in place (n:page's $main). Each entry the texts name links to
       its own page (n:register-entry-page). -->
  <xsl:template name="n:register">
    <xsl:variable name="heading" select="n:msg('register-' || $register-name)"/>
    <xsl:call-template name="n:page">
      <xsl:with-param name="root" select="'../'"/>
      <xsl:with-param name="title" select="$heading"/>
      <xsl:with-param name="kind" select="'register'"/>
      <xsl:with-param name="current" select="$register-name"/>
      <xsl:with-param name="main" select="'register'"/>
      <xsl:with-param name="heading" select="$heading" tunnel="yes"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match=".[. eq 'register']" mode="n:main">
    <xsl:param name="heading" as="xs:string" tunnel="yes"/>
    <xsl:variable name="used" as="map(*)*" select="$summaries/s:entries/s:entry ! map{
      'key': string(@key),
      'name': n:entry-name(n:register-entry(@key), @form),
      'count': xs:integer(@count),
      'forms': s:form ! map{'form': string(@form), 'lang': string(@lang)}}"/>
    <xsl:variable name="keys" select="$used ! ?key"/>
    <xsl:variable name="all" as="map(*)*" select="$used,
      n:entries($register-name)[not(@xml:id = $keys)] ! map{'key': string(@xml:id), 'name': n:entry-name(., @xml:id), 'count': 0, 'forms': ()}"/>
    <h1><xsl:value-of select="$heading"/></h1>
    <xsl:choose>
      <xsl:when test="empty($all)">
        <p><xsl:value-of select="n:msg('register-empty')"/></p>
      </xsl:when>
      <xsl:otherwise>
        <ul class="register">
          <xsl:for-each select="$all">
            <!-- Persian alphabetical order, as the printed index (n:name-key; the UCA's "fa"
                 collation SaxonC-HE lacks put گ after ن) -->
            <xsl:sort select="n:name-key(?name)"/>
            <xsl:sort select="?key"/>
            <xsl:variable name="href" select="if (?count gt 0) then n:entry-file(?key) || '.html' else ''"/>
            <li class="register-entry" id="{?key}">
              <h2>
                <xsl:choose>
                  <xsl:when test="$href"><a href="{$register-name}/{$href}"><xsl:value-of select="?name"/></a></xsl:when>
                  <xsl:otherwise><xsl:value-of select="?name"/></xsl:otherwise>
                </xsl:choose>
              </h2>
              <xsl:call-template name="n:entry-details">
                <xsl:with-param name="key" select="?key"/>
                <xsl:with-param name="name" select="?name"/>
                <xsl:with-param name="forms" select="?forms"/>
              </xsl:call-template>
              <xsl:if test="?count gt 0">
                <p class="occurrence-count"><a href="{$register-name}/{$href}"><xsl:value-of select="n:msg('occurrences', ?count)"/></a></p>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- n:register-entry-page: the page of entry $entry-key of register $register-name: its name,
       forms, note and authority ids (its <s:entry>, alone in $summaries, as the register's page
       shows it), and every occurrence in context grouped by text, written in
       place (n:page's $main) from $chunks, a chunk at a time: the page holds one chunk,
       whatever the number of texts that name the entry -->
  <xsl:template name="n:register-entry-page">
    <xsl:variable name="entry" select="$summaries/s:entries/s:entry[@key eq $entry-key]"/>
    <xsl:variable name="name" select="n:entry-name(n:register-entry($entry-key), string($entry/@form))"/>
    <xsl:variable name="heading" select="n:msg('register-' || $register-name)"/>
    <xsl:call-template name="n:page">
      <xsl:with-param name="root" select="'../../'"/>
      <xsl:with-param name="title" select="$name || ' — ' || $heading"/>
      <xsl:with-param name="kind" select="'register'"/>
      <xsl:with-param name="current" select="$register-name"/>
      <xsl:with-param name="main" select="'register-entry'"/>
      <xsl:with-param name="entry" select="$entry" tunnel="yes"/>
      <xsl:with-param name="name" select="$name" tunnel="yes"/>
      <xsl:with-param name="heading" select="$heading" tunnel="yes"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match=".[. eq 'register-entry']" mode="n:main">
    <xsl:param name="entry" as="element(s:entry)" tunnel="yes"/>
    <xsl:param name="name" as="xs:string" tunnel="yes"/>
    <xsl:param name="heading" as="xs:string" tunnel="yes"/>
    <p class="breadcrumb"><a href="../{$register-name}.html#{$entry-key}"><xsl:value-of select="$heading"/></a></p>
    <article class="register-entry" id="{$entry-key}">
      <h1><xsl:value-of select="$name"/></h1>
      <xsl:call-template name="n:entry-details">
        <xsl:with-param name="key" select="$entry-key"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="forms" select="$entry/s:form ! map{'form': string(@form), 'lang': string(@lang)}"/>
      </xsl:call-template>
      <p class="occurrence-count"><xsl:value-of select="n:msg('occurrences', xs:integer($entry/@count))"/></p>
      <ul class="occurrences">
        <!-- parse-xml, not doc(): a document doc() reads stays for the whole call; one chunk,
             then the next (a path over them all would hold them all to sort its nodes) -->
        <xsl:for-each select="tokenize($chunks)">
          <xsl:for-each select="parse-xml(unparsed-text(.))/s:texts/s:text">
            <xsl:variable name="href" select="'../../' || $texts-dir || @stem || '.html'"/>
            <li>
              <a class="occurrence-text" href="{$href}"><xsl:call-template name="n:title-run"><xsl:with-param name="title" select="string(@title)"/></xsl:call-template></a>
              <ul class="kwic">
                <xsl:for-each select="s:occ">
                  <li>
                    <xsl:value-of select="@before"/>
                    <a class="occurrence" href="{$href}#{@id}"><xsl:value-of select="@form"/></a>
                    <xsl:value-of select="@after"/>
                  </li>
                </xsl:for-each>
              </ul>
            </li>
          </xsl:for-each>
        </xsl:for-each>
      </ul>
    </article>
  </xsl:template>

  <!-- an entry's other forms (the register's names and $forms, the forms written in the texts,
       each once, in that order, without $name), its note and its authority ids. Forms that differ
       only in what a reader cannot see are one form: a PDF's text layer writes «لرستان» in
       presentation forms and wraps it in bidi controls (compared in NFKC without them). -->
  <xsl:template name="n:entry-details">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="forms" as="map(*)*"/>
    <xsl:variable name="entry" select="n:register-entry($key)"/>
    <xsl:variable name="other" as="map(*)*">
      <xsl:for-each-group select="$entry/(tei:persName | tei:orgName | tei:placeName | tei:name) ! map{'form': n:plain(.), 'lang': n:lang(.)},
          $forms" group-by="n:seen(?form)">
        <xsl:sequence select=".[current-grouping-key() ne n:seen($name)]"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:if test="exists($other)">
      <p class="variants">
        <xsl:value-of select="n:msg('variants')"/>
        <xsl:text>: </xsl:text>
        <xsl:for-each select="$other">
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
  </xsl:template>
</xsl:stylesheet>
