<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: the teiHeader as a readable source description (a <dl>), and the small
  header look-ups the index and the cite block share (n:date-label, n:genre, n:source).
  Values in another language than the page's (an English change note, a Latin checksum) are
  isolated (bdi with lang and dir) inside a dd of the page's direction, so dates and labels
  the UI writes keep their place beside them.
  TEI Guidelines 2 (the TEI header).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:n="urn:nashr:xslt"
  exclude-result-prefixes="#all">

  <!-- n:date-label($date): both calendars, or the date's own text, or "undated" -->
  <xsl:function name="n:date-label" as="xs:string">
    <xsl:param name="date" as="element()?"/>
    <xsl:sequence select="if (empty($date)) then n:msg('undated')
      else (n:date-both($date)[. ne ''], n:plain($date))[1]"/>
  </xsl:function>

  <!-- n:in-site-lang($ps): the paragraphs written in the site's language, where the header gives
       a paragraph in several languages (editorialDecl in Persian and English); else all -->
  <xsl:function name="n:in-site-lang" as="element()*">
    <xsl:param name="ps" as="element()*"/>
    <xsl:variable name="own" select="$ps[n:lang(.) = $n:site-lang]"/>
    <xsl:sequence select="if (exists($own)) then $own else $ps"/>
  </xsl:function>

  <!-- n:genre($doc): textClass keywords term[@type='genre'] (or the first term) -->
  <xsl:function name="n:genre" as="element()?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="terms" select="root($doc)/tei:TEI/tei:teiHeader/tei:profileDesc/tei:textClass//tei:term"/>
    <xsl:sequence select="($terms[@type = 'genre'], $terms)[1]"/>
  </xsl:function>

  <!-- n:genre-label($term): the genre in the UI language when messages.xml knows it
       (genre-{term}), with the lang/dir of the UI; else the term as written, with its own -->
  <xsl:template name="n:genre-label">
    <xsl:param name="term" as="element()?"/>
    <xsl:variable name="key" select="'genre-' || normalize-space(lower-case($term))"/>
    <xsl:choose>
      <xsl:when test="empty($term)"/>
      <xsl:when test="n:has-msg($key)"><span><xsl:value-of select="n:msg($key)"/></span></xsl:when>
      <xsl:otherwise><span><xsl:sequence select="n:lang-attributes($term, $n:site-lang)"/><xsl:value-of select="n:plain($term)"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- n:source($doc): «journal, no. 216» from sourceDesc/biblStruct/monogr (or bibl) -->
  <xsl:function name="n:source" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="sd" select="root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="monogr" select="($sd/tei:biblStruct/tei:monogr)[1]"/>
    <xsl:variable name="issue" select="$monogr//tei:biblScope[@unit = 'issue']"/>
    <xsl:sequence select="if ($monogr) then string-join((n:plain($monogr/tei:title[1]),
        $issue ! n:msg('issue', string((@n, normalize-space(.))[1]))), n:msg('list-separator'))
      else n:bibl-text(($sd/tei:bibl[not(@type = 'digital-source')])[1])"/>
  </xsl:function>

  <!-- n:bibl-text($bibl): a bibl's words; a bibl of elements only (author, title, pubPlace,
       publisher, date … with no words of its own between them, TEI Guidelines 3.12.1) gets its
       parts joined by a comma of the parts' own script («،» right to left, «, » otherwise) -->
  <xsl:function name="n:bibl-text" as="xs:string">
    <xsl:param name="bibl" as="element()?"/>
    <xsl:variable name="parts" select="$bibl/*!n:plain(.)[. ne '']"/>
    <xsl:sequence select="if ($bibl/* and not($bibl/text()[normalize-space()]))
      then string-join($parts, if (n:auto-dir(string-join($parts)) = 'rtl') then '، ' else ', ')
      else n:plain($bibl)"/>
  </xsl:function>

  <!-- the source description (mode n:header-view, applied to tei:teiHeader) -->
  <xsl:template match="tei:teiHeader" mode="n:header-view">
    <!-- the marks of the text's blocks (n:text-certs), counted under «nashr's guesses» -->
    <xsl:param name="certs" as="xs:string*" tunnel="yes" select="n:text-certs(root(.)/tei:TEI/tei:text)"/>
    <xsl:variable name="fd" select="tei:fileDesc"/>
    <xsl:variable name="ed" select="tei:encodingDesc/tei:editorialDecl"/>
    <section class="source-description" aria-labelledby="source-description">
      <h2 id="source-description"><xsl:value-of select="n:msg('source-description')"/></h2>
      <dl>
        <xsl:call-template name="n:field">
          <xsl:with-param name="label" select="'hd-title'"/>
          <xsl:with-param name="value" select="($fd/tei:titleStmt/tei:title[@type = 'main'], $fd/tei:titleStmt/tei:title)[1]"/>
        </xsl:call-template>
        <xsl:call-template name="n:field">
          <xsl:with-param name="label" select="'hd-author'"/>
          <xsl:with-param name="value" select="$fd/tei:titleStmt/tei:author"/>
        </xsl:call-template>
        <xsl:if test="$fd/tei:titleStmt/tei:editor[normalize-space()]">
          <dt><xsl:value-of select="n:msg('hd-editors')"/></dt>
          <xsl:for-each select="$fd/tei:titleStmt/tei:editor[normalize-space()]">
            <dd><xsl:call-template name="n:credit"><xsl:with-param name="name" select="normalize-space(.)"/><xsl:with-param name="role" select="string(@role)"/></xsl:call-template></dd>
          </xsl:for-each>
        </xsl:if>
        <xsl:variable name="source" select="n:source(.)"/>
        <xsl:if test="$source">
          <dt><xsl:value-of select="n:msg('hd-source')"/></dt>
          <dd><xsl:value-of select="$source"/></dd>
        </xsl:if>
        <dt><xsl:value-of select="n:msg('hd-date')"/></dt>
        <dd><xsl:value-of select="n:date-label(n:text-date(.))"/></dd>
        <xsl:call-template name="n:field">
          <xsl:with-param name="label" select="'hd-language'"/>
          <xsl:with-param name="value" select="tei:profileDesc/tei:langUsage/tei:language"/>
        </xsl:call-template>
        <xsl:if test="n:genre(.)">
          <dt><xsl:value-of select="n:msg('hd-genre')"/></dt>
          <dd><xsl:call-template name="n:genre-label"><xsl:with-param name="term" select="n:genre(.)"/></xsl:call-template></dd>
        </xsl:if>
        <xsl:call-template name="n:field">
          <xsl:with-param name="label" select="'hd-licence'"/>
          <xsl:with-param name="value" select="$fd/tei:publicationStmt/tei:availability/(tei:licence, tei:p)[1]"/>
        </xsl:call-template>
        <xsl:call-template name="n:field">
          <xsl:with-param name="label" select="'hd-file'"/>
          <xsl:with-param name="value" select="$fd/tei:sourceDesc//tei:idno[@type = 'filename']"/>
        </xsl:call-template>
        <xsl:call-template name="n:field">
          <xsl:with-param name="label" select="'hd-checksum'"/>
          <xsl:with-param name="value" select="$fd/tei:sourceDesc//tei:idno[@type = 'sha256']"/>
        </xsl:call-template>
        <xsl:call-template name="n:field">
          <xsl:with-param name="label" select="'hd-encoding'"/>
          <xsl:with-param name="value" select="$fd/tei:titleStmt/tei:respStmt"/>
        </xsl:call-template>
        <xsl:call-template name="n:field">
          <xsl:with-param name="label" select="'hd-normalization'"/>
          <xsl:with-param name="value" select="n:in-site-lang($ed/tei:normalization/tei:p)"/>
        </xsl:call-template>
        <xsl:call-template name="n:field">
          <xsl:with-param name="label" select="'hd-correction'"/>
          <xsl:with-param name="value" select="n:in-site-lang($ed/tei:correction/tei:p)"/>
        </xsl:call-template>
        <xsl:call-template name="n:field">
          <xsl:with-param name="label" select="'hd-interpretation'"/>
          <xsl:with-param name="value" select="n:in-site-lang($ed/tei:interpretation/tei:p)"/>
        </xsl:call-template>
        <xsl:if test="$certs = ('low', 'medium')">
          <dt><xsl:value-of select="n:msg('hd-cert')"/></dt>
          <dd class="cert-summary" id="cert-summary"><xsl:value-of select="n:msg('cert-summary', (count($certs[. = 'low']), count($certs[. = 'medium'])))"/></dd>
        </xsl:if>
        <xsl:call-template name="n:field">
          <xsl:with-param name="label" select="'hd-revisions'"/>
          <xsl:with-param name="value" select="tei:revisionDesc/tei:change"/>
        </xsl:call-template>
      </dl>
    </section>
  </xsl:template>

  <!-- one dt and a dd per value (none when there is no value) -->
  <xsl:template name="n:field">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="element()*"/>
    <xsl:if test="exists($value)">
      <dt><xsl:value-of select="n:msg($label)"/></dt>
      <xsl:for-each select="$value">
        <dd><xsl:apply-templates select="." mode="n:header-value"/></dd>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- n:isolated($text) (context: a TEI element): $text in a bdi carrying the element's language
       where it differs from the page's, or its own direction where its text runs the other way -->
  <xsl:template name="n:isolated">
    <xsl:param name="text" as="xs:string"/>
    <bdi><xsl:sequence select="n:lang-attributes(., $n:site-lang), n:own-dir(.)"/><xsl:value-of select="$text"/></bdi>
  </xsl:template>

  <!-- a licence: its name, a link to its text when it has one (TEI Guidelines 2.2.4) -->
  <xsl:template match="tei:licence" mode="n:header-value">
    <xsl:variable name="name" select="(n:plain(.)[normalize-space()], string(@target))[1]"/>
    <xsl:choose>
      <xsl:when test="matches(@target, '^https?://')">
        <a href="{@target}" rel="license"><xsl:call-template name="n:isolated"><xsl:with-param name="text" select="normalize-space($name)"/></xsl:call-template></a>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="n:isolated"><xsl:with-param name="text" select="normalize-space($name)"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:idno" mode="n:header-value"><bdi dir="ltr" class="identifier"><xsl:value-of select="normalize-space(.)"/></bdi></xsl:template>
  <xsl:template match="tei:respStmt" mode="n:header-value">
    <xsl:call-template name="n:isolated">
      <xsl:with-param name="text" select="n:plain(tei:resp) || ': ' || string-join((tei:name | tei:persName | tei:orgName) ! n:plain(.), n:msg('list-separator'))"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:change" mode="n:header-value">
    <xsl:if test="@when">
      <time datetime="{@when}"><bdi><xsl:value-of select="n:format-date(@when, 'jalali') || ' / ' || n:format-date(@when, 'gregorian')"/></bdi></time>
      <xsl:text>: </xsl:text>
    </xsl:if>
    <xsl:call-template name="n:isolated"><xsl:with-param name="text" select="n:plain(.)"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="*" mode="n:header-value">
    <xsl:call-template name="n:isolated"><xsl:with-param name="text" select="n:plain(.)"/></xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
