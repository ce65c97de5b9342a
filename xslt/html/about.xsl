<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: the about page (about.html) from edition.toml ($edition): title,
  description, editors, publisher, licence, contact, how to cite the edition, and the encoding
  principles: the prose of the edition's ODD ($odd, TEI Guidelines 22), else the editorialDecl of
  the texts' encodingDesc (TEI Guidelines 2.3.3).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:e="urn:nashr:edition"
  xmlns:n="urn:nashr:xslt"
  exclude-result-prefixes="#all">

  <xsl:template name="n:about">
    <xsl:variable name="ed" select="$edition/e:edition"/>
    <xsl:variable name="encoding" select="($texts/tei:TEI/tei:teiHeader/tei:encodingDesc)[1]"/>
    <xsl:call-template name="n:page">
      <xsl:with-param name="root" select="''"/>
      <xsl:with-param name="title" select="n:msg('about')"/>
      <xsl:with-param name="kind" select="'about'"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="n:msg('about')"/></h1>
        <p class="edition-title"><cite><xsl:value-of select="$ed/e:title"/></cite></p>
        <xsl:for-each select="$ed/e:title-en[. ne ''], $ed/e:description[. ne '']">
          <p><xsl:sequence select="n:lang-attributes(., $n:site-lang)"/><xsl:value-of select="."/></p>
        </xsl:for-each>
        <dl class="edition-facts">
          <dt><xsl:value-of select="n:msg('editors')"/></dt>
          <xsl:for-each select="$ed/e:editor">
            <dd><bdi><xsl:value-of select="."/></bdi> (<span><xsl:sequence select="n:lang-attributes(@role, $n:site-lang)"/><xsl:value-of select="@role"/></span>)</dd>
          </xsl:for-each>
          <dt><xsl:value-of select="n:msg('publisher')"/></dt>
          <dd><bdi><xsl:value-of select="$ed/e:publisher"/></bdi></dd>
          <dt><xsl:value-of select="n:msg('licence')"/></dt>
          <dd><a rel="license" href="{$ed/e:licence/@url}"><bdi><xsl:value-of select="$ed/e:licence"/></bdi></a></dd>
          <xsl:for-each select="$ed/e:contact[. ne '']">
            <dt><xsl:value-of select="n:msg('contact')"/></dt>
            <dd><a href="mailto:{.}"><bdi><xsl:value-of select="."/></bdi></a></dd>
          </xsl:for-each>
        </dl>
        <section aria-labelledby="how-to-cite">
          <h2 id="how-to-cite"><xsl:value-of select="n:msg('how-to-cite')"/></h2>
          <p class="citation">
            <xsl:value-of select="string-join(($ed/e:editor[@role = 'editor'], $ed/e:editor)[1] ! string(.), n:msg('list-separator'))"/>
            <xsl:text>. </xsl:text>
            <cite><xsl:value-of select="$ed/e:title"/></cite>
            <xsl:text>. </xsl:text>
            <xsl:value-of select="$ed/e:publisher"/>
            <xsl:value-of select="n:msg('list-separator')"/>
            <xsl:value-of select="n:format-date(string($ed/e:date), 'jalali')"/>
            <xsl:text>. </xsl:text>
            <a href="{$ed/e:base-url}"><bdi dir="ltr"><xsl:value-of select="$ed/e:base-url"/></bdi></a>
          </p>
        </section>
        <section aria-labelledby="encoding-principles">
          <h2 id="encoding-principles"><xsl:value-of select="n:msg('encoding-principles')"/></h2>
          <xsl:choose>
            <xsl:when test="exists($odd)">
              <!-- the ODD's prose (its specifications are skipped by the mapping) -->
              <div class="odd">
                <xsl:sequence select="n:lang-attributes($odd/tei:TEI/tei:text, $n:site-lang)"/>
                <xsl:apply-templates select="$odd/tei:TEI/tei:text/tei:body/node()" mode="n:text"/>
              </div>
            </xsl:when>
            <xsl:otherwise>
              <xsl:for-each select="$encoding/tei:editorialDecl/*">
                <xsl:if test="n:has-msg('hd-' || local-name())"><h3><xsl:value-of select="n:msg('hd-' || local-name())"/></h3></xsl:if>
                <xsl:for-each select="tei:p">
                  <p><xsl:sequence select="n:lang-attributes(., $n:site-lang)"/><xsl:apply-templates mode="n:text"/></p>
                </xsl:for-each>
              </xsl:for-each>
            </xsl:otherwise>
          </xsl:choose>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
