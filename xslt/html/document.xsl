<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: the page of one text (texts/{stem}.html): the title (once: the text's own
  heading when it repeats the title, else an h1; an h1 too when a copied page's furniture stands
  above that heading, which stays in its place as a line of the page: n:title-under-fw), reading
  toggle, downloads, the text (mode n:text, ../common/mapping.xsl), its footnotes, the source description (header-view.xsl), "cite this",
  and a slot for the previous/next navigation (filled by nashr.publish.html once the order of all
  texts is known: n:text-nav). The head carries the text's metadata for reference managers:
  Highwire Press citation_* tags and Dublin Core (DC.*), which Zotero's "Embedded Metadata"
  translator reads, and a link to the TEI source (rel="alternate" type="application/tei+xml").
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:e="urn:nashr:edition"
  xmlns:n="urn:nashr:xslt"
  exclude-result-prefixes="#all">

  <!-- the comment that n:text-nav replaces in a written page -->
  <xsl:variable name="n:nav-slot" as="xs:string" select="'nashr:text-nav'"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI" mode="n:document"/>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="n:document">
    <xsl:variable name="page-stem" select="if ($stem) then $stem else n:stem(.)"/>
    <xsl:variable name="title" select="n:title(.)"/>
    <xsl:variable name="notes" select="tei:text//tei:note[not(n:is-block-note(.))]"/>
    <xsl:variable name="certs" select="n:text-certs(tei:text)"/>
    <xsl:call-template name="n:page">
      <xsl:with-param name="root" select="$n:text-root"/>
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="kind" select="'text'"/>
      <xsl:with-param name="head"><xsl:call-template name="n:text-meta-tags"><xsl:with-param name="page-stem" select="$page-stem"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="content">
        <article class="tei-document">
          <header class="text-header">
            <xsl:if test="empty(n:title-head(.)) or exists(n:title-under-fw(.))">
              <h1><xsl:sequence select="n:lang-attributes(tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1], $n:site-lang)"/><xsl:call-template name="n:title-run"><xsl:with-param name="title" select="$title"/></xsl:call-template></h1>
            </xsl:if>
            <p class="text-meta">
              <xsl:for-each select="(n:date-label(n:text-date(.)), n:source(.))[. ne '']">
                <xsl:if test="position() gt 1"><xsl:text> · </xsl:text></xsl:if>
                <bdi><xsl:value-of select="."/></bdi>
              </xsl:for-each>
            </p>
            <div class="toolbar">
              <xsl:if test="tei:text//tei:choice">
                <xsl:call-template name="n:reading-toggle"/>
              </xsl:if>
              <span class="downloads">
                <xsl:value-of select="n:msg('downloads')"/>
                <xsl:text>: </xsl:text>
                <a href="{n:base-href($tei-base, $n:text-root, $page-stem || '.xml')}" type="application/tei+xml" download="{$page-stem}.xml"><bdi><xsl:value-of select="n:msg('download-tei')"/></bdi></a>
                <xsl:if test="$pdf-base">
                  <xsl:text> · </xsl:text>
                  <a href="{n:base-href($pdf-base, $n:text-root, $page-stem || '.pdf')}" type="application/pdf"><bdi><xsl:value-of select="n:msg('download-pdf')"/></bdi></a>
                </xsl:if>
              </span>
            </div>
            <xsl:call-template name="n:cert-legend"><xsl:with-param name="certs" select="$certs"/></xsl:call-template>
          </header>
          <div class="text" id="text" data-reading="{$default-reading}">
            <xsl:sequence select="n:lang-attributes(tei:text, $n:site-lang)"/>
            <xsl:if test="n:lang(tei:text) eq ''">
              <!-- no language marked or declared: the direction of the text's first letter -->
              <xsl:variable name="dir" select="n:auto-dir(substring(string(tei:text), 1, 4000))"/>
              <xsl:if test="$dir ne ''"><xsl:attribute name="dir" select="$dir"/></xsl:if>
            </xsl:if>
            <xsl:variable name="text" as="node()*"><xsl:apply-templates select="tei:text" mode="n:text"/></xsl:variable>
            <xsl:apply-templates select="$text" mode="n:join-ltr"/>
            <xsl:if test="exists($notes)">
              <section class="footnotes" aria-labelledby="footnotes">
                <h2 id="footnotes"><xsl:value-of select="n:msg('notes')"/></h2>
                <ol>
                  <xsl:apply-templates select="$notes" mode="n:footnote"/>
                </ol>
              </section>
            </xsl:if>
          </div>
          <xsl:apply-templates select="tei:teiHeader" mode="n:header-view">
            <xsl:with-param name="certs" select="$certs" tunnel="yes"/>
          </xsl:apply-templates>
          <xsl:call-template name="n:cite-this">
            <xsl:with-param name="title" select="$title"/>
            <xsl:with-param name="page-stem" select="$page-stem"/>
          </xsl:call-template>
        </article>
        <xsl:comment select="$n:nav-slot"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- what the bars in the margin mean, above the text that has them (the editors met orange and
       grey bars with their key only at the page's foot, under «nashr's guesses»): a key of each
       level the text has, and a link to that count -->
  <xsl:template name="n:cert-legend">
    <xsl:param name="certs" as="xs:string*"/>
    <xsl:variable name="keys" select="('cert-low', 'cert-medium')[substring-after(., 'cert-') = $certs]"/>
    <xsl:if test="exists($keys)">
      <p class="cert-legend">
        <xsl:for-each select="$keys">
          <span class="cert-key {.}"><xsl:value-of select="n:msg(.)"/></span>
          <xsl:text> </xsl:text>
        </xsl:for-each>
        <a href="#cert-summary"><xsl:value-of select="n:msg('cert-legend')"/></a>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- the reading toggle: two buttons, the one of the reading shown pressed (nashr.js switches) -->
  <xsl:template name="n:reading-toggle">
    <div class="reading-toggle" role="group" aria-labelledby="reading-label" hidden="">
      <span id="reading-label"><xsl:value-of select="n:msg('reading')"/></span>
      <xsl:for-each select="'diplomatic', 'normalised'">
        <button type="button" data-reading="{.}" aria-pressed="{. = $default-reading}"><xsl:value-of select="n:msg('reading-' || .)"/></button>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- metadata for reference managers (Highwire Press tags and Dublin Core) -->
  <xsl:template name="n:text-meta-tags">
    <xsl:param name="page-stem" as="xs:string"/>
    <xsl:variable name="ed" select="$edition/e:edition"/>
    <xsl:variable name="tei-href" select="n:base-href($tei-base, $n:text-root, $page-stem || '.xml')"/>
    <xsl:variable name="url" select="if ($ed/e:base-url ne '') then string($ed/e:base-url) || $texts-dir || $page-stem || '.html' else ''"/>
    <xsl:variable name="date" select="n:text-date(.)/(@when, @from, @notBefore)[1]"/>
    <xsl:variable name="monogr" select="(tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:biblStruct/tei:monogr)[1]"/>
    <link rel="alternate" type="application/tei+xml" href="{$tei-href}" title="TEI P5"/>
    <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"/>
    <xsl:variable name="tags" as="map(xs:string, xs:string*)" select="map{
      'citation_title': n:title(.),
      'citation_author': tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author ! n:plain(.),
      'citation_publication_date': $date ! replace(., '-', '/'),
      'citation_journal_title': $monogr/tei:title[1] ! n:plain(.),
      'citation_issue': $monogr//tei:biblScope[@unit = 'issue'] ! string((@n, normalize-space(.))[1]),
      'citation_language': n:lang(tei:text),
      'citation_publisher': string($ed/e:publisher),
      'citation_public_url': $url,
      'citation_pdf_url': if ($url and $pdf-base) then string(resolve-uri(n:base-href($pdf-base, '', $page-stem || '.pdf'), string($ed/e:base-url))) else '',
      'DC.title': n:title(.),
      'DC.creator': tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author ! n:plain(.),
      'DC.date': string($date),
      'DC.publisher': string($ed/e:publisher),
      'DC.language': n:lang(tei:text),
      'DC.identifier': $url,
      'DC.source': n:source(.),
      'DC.rights': string($ed/e:licence/@url),
      'DC.type': 'Text',
      'DC.format': 'text/html'}"/>
    <xsl:for-each select="'citation_title', 'citation_author', 'citation_publication_date', 'citation_journal_title',
        'citation_issue', 'citation_language', 'citation_publisher', 'citation_public_url', 'citation_pdf_url',
        'DC.title', 'DC.creator', 'DC.date', 'DC.publisher', 'DC.language', 'DC.identifier', 'DC.source', 'DC.rights',
        'DC.type', 'DC.format'">
      <xsl:variable name="name" select="."/>
      <xsl:for-each select="$tags(.)[. ne '']"><meta name="{$name}" content="{.}"/></xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- "cite this": author, «title», source, date, in: edition, editors, edition date, URL; parts
       that the header or edition.toml lacks are left out, with their separators -->
  <xsl:template name="n:cite-this">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="page-stem" as="xs:string"/>
    <xsl:variable name="ed" select="$edition/e:edition"/>
    <xsl:variable name="url" select="if ($ed/e:base-url ne '') then string($ed/e:base-url) || $texts-dir || $page-stem || '.html' else ''"/>
    <xsl:variable name="date" select="n:text-date(.)"/>
    <section class="cite-this" aria-labelledby="cite-this">
      <h2 id="cite-this"><xsl:value-of select="n:msg('cite-this')"/></h2>
      <p class="citation">
        <xsl:for-each select="tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author[1]">
          <xsl:call-template name="n:parts"><xsl:with-param name="parts" select="../tei:author ! n:plain(.)"/></xsl:call-template>
          <xsl:text>. </xsl:text>
        </xsl:for-each>
        <xsl:call-template name="n:parts"><xsl:with-param name="parts" select="'«' || $title || '»', n:source(.), $date ! n:date-label(.)"/><xsl:with-param name="separator" select="'. '"/></xsl:call-template>
        <xsl:text>. </xsl:text>
        <xsl:if test="$ed/e:title ne ''">
          <xsl:value-of select="n:msg('cite-in')"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="n:parts"><xsl:with-param name="parts" select="string($ed/e:title), ($ed/e:editor[@role = 'editor'], $ed/e:editor)[1] ! string(.), n:format-date(string($ed/e:date), 'jalali')"/></xsl:call-template>
          <xsl:text>. </xsl:text>
        </xsl:if>
        <xsl:if test="$url"><a href="{$url}"><bdi dir="ltr"><xsl:value-of select="$url"/></bdi></a></xsl:if>
      </p>
    </section>
  </xsl:template>

  <!-- previous / next text (named template, called by nashr.publish.html with $previous and
       $next); the arrows point along the reading direction (in RTL, "previous" is to the right: →,
       "next" to the left: ←). Empty when the text is the only one. -->
  <xsl:template name="n:text-nav">
    <xsl:variable name="rtl" select="n:dir($n:site-lang) = 'rtl'"/>
    <xsl:if test="$previous or $next">
      <nav class="text-nav" aria-label="{n:msg('texts')}">
        <xsl:if test="$previous">
          <a rel="prev" href="{$previous}.html"><span aria-hidden="true"><xsl:value-of select="if ($rtl) then '→' else '←'"/></span><xsl:text> </xsl:text><xsl:value-of select="n:msg('previous')"/></a>
        </xsl:if>
        <xsl:if test="$next">
          <a rel="next" href="{$next}.html"><xsl:value-of select="n:msg('next')"/><xsl:text> </xsl:text><span aria-hidden="true"><xsl:value-of select="if ($rtl) then '←' else '→'"/></span></a>
        </xsl:if>
      </nav>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
