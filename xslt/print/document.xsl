<?xml version="1.0" encoding="UTF-8"?>
<!--
  Parts of a printed document and the single-text entry point (match "/").
  The HTML head carries the PDF metadata: WeasyPrint takes <title>, <meta name="author">
  (each one an author), description, keywords, generator, dcterms.created and dcterms.modified,
  and <html lang> (WeasyPrint documentation, "Metadata").
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:n="urn:nashr:xslt"
    xmlns:p="urn:nashr:print"
    exclude-result-prefixes="#all">

  <!-- One text → the HTML of its own PDF: the text, then a short colophon. -->
  <xsl:template match="/">
    <xsl:variable name="tei" select="tei:TEI"/>
    <html lang="{(n:lang($tei)[. ne ''], 'fa')[1]}" dir="{n:dir((n:lang($tei)[. ne ''], 'fa')[1])}">
      <xsl:call-template name="p:html-head">
        <xsl:with-param name="title" select="n:title($tei)"/>
        <xsl:with-param name="authors" select="(p:authors($tei), $edition?editors?*?name)[1]"/>
        <xsl:with-param name="description" select="$edition?title"/>
        <xsl:with-param name="keywords" select="$tei/tei:teiHeader//tei:textClass//tei:term ! normalize-space(.)"/>
      </xsl:call-template>
      <body class="single">
        <xsl:apply-templates select="$tei" mode="p:article"/>
        <xsl:call-template name="p:colophon">
          <xsl:with-param name="sources" select="$tei/tei:teiHeader//tei:sourceDesc//tei:idno[@type = 'filename'] ! normalize-space(.)"/>
        </xsl:call-template>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="p:html-head">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="authors" as="xs:string*" select="()"/>
    <xsl:param name="description" as="xs:string?" select="()"/>
    <xsl:param name="keywords" as="xs:string*" select="()"/>
    <head>
      <meta charset="utf-8"/>
      <title><xsl:value-of select="$title"/></title>
      <xsl:for-each select="$authors[. ne '']">
        <meta name="author" content="{.}"/>
      </xsl:for-each>
      <xsl:if test="$description">
        <meta name="description" content="{$description}"/>
      </xsl:if>
      <xsl:if test="exists($keywords)">
        <meta name="keywords" content="{string-join($keywords, ', ')}"/>
      </xsl:if>
      <meta name="generator" content="nashr {$nashr-version}"/>
      <!-- the PDF's CreationDate and ModDate: edition.toml's date, its first day for a month or a
           year (nashr.config.publication_day), whatever SOURCE_DATE_EPOCH says -->
      <xsl:variable name="published" select="string($edition?date)"/>
      <xsl:if test="$published">
        <xsl:variable name="day" select="$published || substring('-01-01', 1, 10 - string-length($published))"/>
        <meta name="dcterms.created" content="{$day}"/>
        <meta name="dcterms.modified" content="{$day}"/>
      </xsl:if>
    </head>
  </xsl:template>

  <!-- One text as an <article>: @data-title feeds the running head (CSS string-set). Its title is
       printed once: its own heading when that repeats the title (n:title-head), else an h1; an h1
       too when page furniture stands above that heading (n:title-under-fw), which is then printed
       in its place as a line of the copied page, not a second heading. -->
  <xsl:template match="tei:TEI" mode="p:article">
    <article class="text" id="{p:text-id(.)}" data-title="{p:isolated(n:title(.))}">
      <xsl:sequence select="n:lang-attributes(.)"/>
      <xsl:if test="empty(n:title-head(.)) or exists(n:title-under-fw(.))">
        <!-- its direction on the h1 itself (no bdi: WeasyPrint's bookmark is the heading's text, and
             isolate characters would show in a viewer's outline) -->
        <xsl:variable name="title" select="tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1]"/>
        <h1 class="tei-head"><xsl:sequence select="if ($title/@xml:lang) then n:lang-attributes($title)
          else n:script-dir(n:title(.), n:dir(n:lang(.)))"/><xsl:value-of select="n:title(.)"/></h1>
      </xsl:if>
      <xsl:apply-templates select="tei:teiHeader/tei:fileDesc/tei:sourceDesc[1]" mode="p:source-line"/>
      <xsl:variable name="text" as="node()*"><xsl:apply-templates select="tei:text" mode="n:text"/></xsl:variable>
      <xsl:apply-templates select="$text" mode="n:join-ltr"/>
    </article>
  </xsl:template>

  <!-- «انترناسیونال، شمارهٔ ۲۱۶» from the first sourceDesc/biblStruct/monogr, for texts whose
       own masthead (fw type="masthead") does not already name the source. -->
  <xsl:template match="tei:sourceDesc[not(ancestor::tei:TEI/tei:text//tei:fw[@type = 'masthead'])]"
      mode="p:source-line">
    <xsl:variable name="monogr" select="(.//tei:biblStruct/tei:monogr)[1]"/>
    <xsl:variable name="issue" select="$monogr/tei:imprint/tei:biblScope[@unit = 'issue']"/>
    <xsl:if test="$monogr/tei:title">
      <p class="source-line">
        <xsl:value-of select="n:plain($monogr/tei:title[1])"/>
        <xsl:if test="$issue">
          <xsl:text>، </xsl:text>
          <xsl:value-of select="n:msg('issue', normalize-space(($issue/@n, $issue)[1]))"/>
        </xsl:if>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:sourceDesc" mode="p:source-line"/>

  <!-- The build date in both calendars: «۲ آذر ۱۴۰۵ / ۲۳ نوامبر ۲۰۲۶». -->
  <xsl:function name="p:build-date" as="xs:string">
    <xsl:sequence select="p:both-calendars($build-date)"/>
  </xsl:function>

  <!-- p:both-calendars($iso): a W3C date (YYYY, YYYY-MM or YYYY-MM-DD) in both calendars at its
       own precision: «آذر–دی ۱۴۰۵ / دسامبر ۲۰۲۶» for 2026-12 (n:format-date). -->
  <xsl:function name="p:both-calendars" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:sequence select="n:format-date($iso, 'jalali') || ' / ' || n:format-date($iso, 'gregorian')"/>
  </xsl:function>

  <!-- Colophon: edition, editors, publisher, publication date (edition.toml's, at its
       precision), licence, contact, sources, build date (SOURCE_DATE_EPOCH's, when set), nashr
       version. $sources: file names of the texts' sources (a single-text PDF names its own). -->
  <xsl:template name="p:colophon">
    <xsl:param name="sources" as="xs:string*" select="()"/>
    <section class="colophon" id="colophon">
      <h2><xsl:value-of select="n:msg('print-colophon')"/></h2>
      <p class="edition-title"><xsl:value-of select="$edition?title"/></p>
      <xsl:if test="$edition?title_en">
        <p lang="en" dir="ltr"><xsl:value-of select="$edition?title_en"/></p>
      </xsl:if>
      <xsl:if test="exists($edition?editors?*)">
        <p><xsl:value-of select="n:msg('editors')"/>:</p>
        <ul class="editors">
          <xsl:for-each select="$edition?editors?*">
            <li><xsl:call-template name="n:credit"><xsl:with-param name="name" select="?name"/><xsl:with-param name="role" select="string(?role)"/></xsl:call-template></li>
          </xsl:for-each>
        </ul>
      </xsl:if>
      <xsl:if test="$edition?publisher">
        <p><xsl:value-of select="n:msg('publisher')"/>: <bdi><xsl:value-of select="$edition?publisher"/></bdi></p>
      </xsl:if>
      <xsl:if test="$edition?date">
        <p class="publication-date"><xsl:value-of select="n:msg('print-published')"/>: <xsl:value-of select="p:both-calendars($edition?date)"/></p>
      </xsl:if>
      <xsl:if test="$edition?licence">
        <p>
          <xsl:value-of select="n:msg('licence')"/>
          <xsl:text>: </xsl:text>
          <bdi dir="ltr"><xsl:value-of select="$edition?licence"/></bdi>
          <xsl:if test="$edition?licence_url">
            <xsl:text> </xsl:text>
            <bdi dir="ltr"><a href="{$edition?licence_url}"><xsl:value-of select="$edition?licence_url"/></a></bdi>
          </xsl:if>
        </p>
      </xsl:if>
      <xsl:if test="$edition?contact">
        <p><xsl:value-of select="n:msg('contact')"/>: <bdi dir="ltr"><xsl:value-of select="$edition?contact"/></bdi></p>
      </xsl:if>
      <xsl:for-each select="$sources">
        <p><xsl:value-of select="n:msg('hd-file')"/>: <bdi dir="ltr"><xsl:value-of select="."/></bdi></p>
      </xsl:for-each>
      <p><xsl:value-of select="n:msg('print-tei-attached')"/></p>
      <xsl:if test="$build-date">
        <p class="build-date"><xsl:value-of select="n:msg('print-built')"/>: <xsl:value-of select="p:build-date()"/></p>
      </xsl:if>
      <p><xsl:value-of select="n:msg('print-built-with')"/>
        <xsl:text> </xsl:text><bdi dir="ltr">nashr <xsl:value-of select="$nashr-version"/></bdi></p>
    </section>
  </xsl:template>
</xsl:stylesheet>
