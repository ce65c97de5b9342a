<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: the page of one text (texts/{stem}.html): title, reading toggle, downloads,
  the text (mode n:text, ../common/mapping.xsl), a hidden folded copy for the search index, the
  source description (header-view.xsl), "cite this", and previous/next navigation.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:e="urn:nashr:edition"
  xmlns:n="urn:nashr:xslt"
  exclude-result-prefixes="#all">

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI" mode="n:document"/>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="n:document">
    <xsl:variable name="page-stem" select="if ($stem) then $stem else n:stem(.)"/>
    <xsl:variable name="title" select="n:title(.)"/>
    <xsl:call-template name="n:page">
      <xsl:with-param name="root" select="$n:text-root"/>
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="kind" select="'text'"/>
      <xsl:with-param name="content">
        <article class="tei-document" data-pagefind-body="">
          <header class="text-header">
            <h1 data-pagefind-meta="title"><xsl:sequence select="n:lang-attributes(tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1], $n:site-lang)"/><xsl:value-of select="$title"/></h1>
            <p class="text-meta" data-pagefind-ignore="">
              <xsl:value-of select="string-join((n:date-label(n:text-date(.)), n:source(.)[. ne '']), ' · ')"/>
            </p>
            <div class="toolbar" data-pagefind-ignore="">
              <xsl:if test=".//tei:text//tei:choice">
                <button type="button" class="reading-toggle" aria-pressed="false" hidden="">
                  <xsl:value-of select="n:msg('reading-toggle')"/>
                </button>
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
          </header>
          <div class="text" id="text" data-reading="diplomatic">
            <xsl:sequence select="n:lang-attributes(tei:text, $n:site-lang)"/>
            <xsl:apply-templates select="tei:text" mode="n:text"/>
          </div>
          <div class="search-copy" hidden="">
            <xsl:value-of select="n:fold(string-join((n:plain(tei:text), tei:text//(tei:corr | tei:reg | tei:expan) ! string(.)), ' '))"/>
          </div>
          <xsl:apply-templates select="tei:teiHeader" mode="n:header-view"/>
          <xsl:call-template name="n:cite-this">
            <xsl:with-param name="title" select="$title"/>
            <xsl:with-param name="page-stem" select="$page-stem"/>
          </xsl:call-template>
        </article>
        <xsl:call-template name="n:text-nav"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- "cite this": author, «title», source, date, edition, URL -->
  <xsl:template name="n:cite-this">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="page-stem" as="xs:string"/>
    <xsl:variable name="ed" select="$edition/e:edition"/>
    <xsl:variable name="url" select="string($ed/e:base-url) || $texts-dir || $page-stem || '.html'"/>
    <section class="cite-this" aria-labelledby="cite-this" data-pagefind-ignore="">
      <h2 id="cite-this"><xsl:value-of select="n:msg('cite-this')"/></h2>
      <p class="citation">
        <xsl:for-each select="tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author[1]">
          <xsl:value-of select="n:plain(.)"/>
          <xsl:text>. </xsl:text>
        </xsl:for-each>
        <xsl:text>«</xsl:text><xsl:value-of select="$title"/><xsl:text>». </xsl:text>
        <xsl:for-each select="n:source(.)[. ne '']"><xsl:value-of select="."/><xsl:text>. </xsl:text></xsl:for-each>
        <xsl:value-of select="n:date-label(n:text-date(.))"/>
        <xsl:text>. </xsl:text>
        <xsl:value-of select="n:msg('cite-accessed', string($ed/e:title))"/>
        <xsl:value-of select="n:msg('list-separator')"/>
        <xsl:value-of select="string-join(($ed/e:editor[@role = 'editor'], $ed/e:editor)[1] ! string(.), n:msg('list-separator'))"/>
        <xsl:value-of select="n:msg('list-separator')"/>
        <xsl:value-of select="n:format-date(string($ed/e:date), 'jalali')"/>
        <xsl:text>. </xsl:text>
        <a href="{$url}"><bdi dir="ltr"><xsl:value-of select="$url"/></bdi></a>
      </p>
    </section>
  </xsl:template>

  <!-- previous / next text; the arrows point along the reading direction (in RTL, "previous"
       is to the right: →, "next" to the left: ←) -->
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
