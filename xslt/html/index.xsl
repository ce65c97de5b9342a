<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: the site index (index.html): a table of all texts with title, date in both
  calendars, type and source, in the order of n:ordered-texts (by date, then file stem). The same
  order drives previous/next links (named template n:order, called by nashr.publish.html).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:e="urn:nashr:edition"
  xmlns:n="urn:nashr:xslt"
  exclude-result-prefixes="#all">

  <!-- the texts sorted by their date (undated last), then by file stem -->
  <xsl:function name="n:ordered-texts" as="document-node()*">
    <xsl:param name="docs" as="document-node()*"/>
    <xsl:perform-sort select="$docs">
      <xsl:sort select="empty(n:text-date(.))"/>
      <xsl:sort select="string((n:text-date(.)/(@when, @from, @notBefore, @to, @notAfter))[1])"/>
      <xsl:sort select="n:stem(.)"/>
    </xsl:perform-sort>
  </xsl:function>

  <!-- the file stems in index order, one per line (for Python: previous/next links) -->
  <xsl:template name="n:order">
    <xsl:value-of select="n:ordered-texts($texts) ! n:stem(.)" separator="&#10;"/>
  </xsl:template>

  <xsl:template name="n:index">
    <xsl:variable name="ed" select="$edition/e:edition"/>
    <xsl:call-template name="n:page">
      <xsl:with-param name="root" select="''"/>
      <xsl:with-param name="title" select="string($ed/e:title)"/>
      <xsl:with-param name="kind" select="'index'"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="$ed/e:title"/></h1>
        <xsl:for-each select="$ed/e:title-en[. ne '']">
          <p class="subtitle" lang="en" dir="ltr"><xsl:value-of select="."/></p>
        </xsl:for-each>
        <section aria-labelledby="index-title">
          <h2 id="index-title"><xsl:value-of select="n:msg('index-title')"/></h2>
          <p>
            <xsl:value-of select="n:msg('text-count', count($texts))"/>
            <xsl:if test="$pdf-base and $pdf-volume">
              <xsl:text> · </xsl:text>
              <a href="{n:base-href($pdf-base, '', $pdf-volume)}" type="application/pdf"><xsl:value-of select="n:msg('download-volume')"/></a>
            </xsl:if>
          </p>
          <table class="text-index">
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="n:msg('col-title')"/></th>
                <th scope="col"><xsl:value-of select="n:msg('col-date')"/></th>
                <th scope="col"><xsl:value-of select="n:msg('col-type')"/></th>
                <th scope="col"><xsl:value-of select="n:msg('col-source')"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="n:ordered-texts($texts)">
                <xsl:variable name="date" select="n:text-date(.)"/>
                <tr>
                  <td><a href="{$texts-dir}{n:stem(.)}.html"><xsl:value-of select="n:title(.)"/></a></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="$date and n:date-both($date)">
                        <xsl:value-of select="n:date-in($date, 'jalali')"/><br/><xsl:value-of select="n:date-in($date, 'gregorian')"/>
                      </xsl:when>
                      <xsl:otherwise><xsl:value-of select="n:date-label($date)"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td><xsl:call-template name="n:genre-label"><xsl:with-param name="term" select="n:genre(.)"/></xsl:call-template></td>
                  <td><xsl:value-of select="n:source(.)"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
