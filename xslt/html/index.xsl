<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: the site index (index.html): a table of all texts with title, date in both
  calendars, type and source (a column no text fills is left out), in the order of n:sort-key (by date, then file stem; the summaries
  arrive in that order, in chunks: $chunks). Each text's row is made with its page (n:index-row, in its summary).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:e="urn:nashr:edition"
  xmlns:s="urn:nashr:summary"
  xmlns:n="urn:nashr:xslt"
  exclude-result-prefixes="#all">

  <!-- one row of the index (context: tei:TEI) -->
  <xsl:template name="n:index-row">
    <xsl:param name="page-stem" as="xs:string"/>
    <xsl:variable name="date" select="n:text-date(.)"/>
    <tr>
      <td><a href="{$texts-dir}{$page-stem}.html"><xsl:call-template name="n:title-run"><xsl:with-param name="title" select="n:title(.)"/></xsl:call-template></a>
        <!-- the source's file name, kept by n:index only where another text has the same title -->
        <span class="index-file"><bdi dir="ltr"><xsl:value-of select="(tei:teiHeader/tei:fileDesc/tei:sourceDesc//tei:idno[@type = 'filename'] ! normalize-space(.), $page-stem)[. ne ''][1]"/></bdi></span></td>
      <td>
        <xsl:choose>
          <xsl:when test="$date and n:date-both($date)">
            <!-- one calendar a line; on a phone, where the cells stack, on one line apart (nashr.css) -->
            <bdi class="calendar-date"><xsl:value-of select="n:date-in($date, 'jalali')"/></bdi><xsl:text> </xsl:text><bdi
                class="calendar-date"><xsl:value-of select="n:date-in($date, 'gregorian')"/></bdi>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="n:date-label($date)"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td><xsl:call-template name="n:genre-label"><xsl:with-param name="term" select="n:genre(.)"/></xsl:call-template></td>
      <td><xsl:value-of select="n:source(.)"/></td>
    </tr>
  </xsl:template>

  <!-- a text's row in the index: its cells of $columns; the source's file name under a title
       another text shares ($shared), so that a reader can tell the texts apart -->
  <xsl:template match="tr" mode="n:index-row">
    <xsl:param name="columns" as="xs:integer+" tunnel="yes"/>
    <xsl:copy><xsl:copy-of select="@*"/><xsl:apply-templates select="*[position() = $columns]" mode="n:index-row"/></xsl:copy>
  </xsl:template>
  <xsl:template match="node() | @*" mode="n:index-row">
    <xsl:copy><xsl:apply-templates select="node() | @*" mode="n:index-row"/></xsl:copy>
  </xsl:template>
  <xsl:template match="span[@class = 'index-file']" mode="n:index-row">
    <xsl:param name="shared" as="xs:boolean" tunnel="yes"/>
    <xsl:if test="$shared"><xsl:copy-of select="."/></xsl:if>
  </xsl:template>

  <xsl:template name="n:index">
    <xsl:call-template name="n:page">
      <xsl:with-param name="root" select="''"/>
      <xsl:with-param name="title" select="string($edition/e:edition/e:title)"/>
      <xsl:with-param name="kind" select="'index'"/>
      <xsl:with-param name="main" select="'index'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- the index page's main content, written in place (n:page's $main): what it says of all
       texts from $summaries (<s:index count dated cells>: their count, whether one is dated,
       which of the columns type and source, 3 and 4, one fills; an <s:shared title> for each
       title two texts share, normalised), its rows from $chunks, a chunk at a time (parse-xml,
       let go after each: the page holds one chunk, whatever the number of texts) -->
  <xsl:template match=".[. eq 'index']" mode="n:main">
    <xsl:variable name="ed" select="$edition/e:edition"/>
    <xsl:variable name="seen" select="$summaries/s:index"/>
    <h1><xsl:value-of select="$ed/e:title"/></h1>
    <xsl:for-each select="$ed/e:title-en[. ne '']">
      <p class="subtitle" lang="en" dir="ltr"><xsl:value-of select="."/></p>
    </xsl:for-each>
    <section aria-labelledby="index-title">
      <h2 id="index-title"><xsl:value-of select="n:msg('index-title')"/></h2>
      <p>
        <xsl:value-of select="n:msg('text-count', xs:integer($seen/@count))"/>
        <xsl:if test="$pdf-base and $pdf-volume">
          <xsl:text> · </xsl:text>
          <a href="{n:base-href($pdf-base, '', $pdf-volume)}" type="application/pdf"><xsl:value-of select="n:msg('download-volume')"/></a>
        </xsl:if>
      </p>
      <div class="table-scroll" role="region" aria-labelledby="index-title" tabindex="0">
        <!-- the title always; the date when a text is dated (a divan's poems are not: a column
             of «undated»), type and source when a text has one (an edition of a user's plain
             texts has no source in any: a column of empty cells) -->
        <xsl:variable name="columns" as="xs:integer+"
          select="1, 2[$seen/@dated = 'true'], (3, 4)[string(.) = tokenize($seen/@cells)]"/>
        <!-- titles two texts share (a batch of one site's pages: «[اطلاعات شخصی افراد حذف شده است]»,
             the site's name over every letter) -->
        <xsl:variable name="shared-titles" as="xs:string*" select="$seen/s:shared/@title ! string(.)"/>
        <table class="text-index">
          <thead>
            <tr>
              <xsl:for-each select="('col-title', 'col-date', 'col-type', 'col-source')[position() = $columns]">
                <th scope="col"><xsl:value-of select="n:msg(.)"/></th>
              </xsl:for-each>
            </tr>
          </thead>
          <tbody>
            <!-- one chunk, then the next (a path over them all would hold them all to sort its nodes) -->
            <xsl:for-each select="tokenize($chunks)">
              <xsl:for-each select="parse-xml(unparsed-text(.))/s:texts/s:text">
                <xsl:apply-templates select="s:row/*" mode="n:index-row">
                  <xsl:with-param name="columns" select="$columns" tunnel="yes"/>
                  <xsl:with-param name="shared" select="normalize-space(@title) = $shared-titles" tunnel="yes"/>
                </xsl:apply-templates>
              </xsl:for-each>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </section>
  </xsl:template>
</xsl:stylesheet>
