<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: the about page (about.html) from edition.toml ($edition): title,
  description, editors, publisher, licence, contact, how to cite the edition, and the editorial
  principles for readers: the editorialDecl of the texts' encodingDesc (TEI Guidelines 2.3.3; the
  first text's that has one, $declared-text), Persian first, then each other language it is written in.
  The ODD's documentation is for encoders, not readers, and is not shown.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:e="urn:nashr:edition"
  xmlns:s="urn:nashr:summary"
  xmlns:n="urn:nashr:xslt"
  exclude-result-prefixes="#all">

  <xsl:template name="n:about">
    <xsl:variable name="ed" select="$edition/e:edition"/>
    <xsl:variable name="decl" select="$declared-text/tei:TEI/tei:teiHeader/tei:encodingDesc/tei:editorialDecl[1]"/>
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
          <xsl:if test="exists($ed/e:editor)">
            <dt><xsl:value-of select="n:msg('editors')"/></dt>
            <xsl:for-each select="$ed/e:editor">
              <dd><xsl:call-template name="n:credit"><xsl:with-param name="name" select="string(.)"/><xsl:with-param name="role" select="string(@role)"/></xsl:call-template></dd>
            </xsl:for-each>
          </xsl:if>
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
            <xsl:call-template name="n:parts">
              <xsl:with-param name="parts" select="($ed/e:editor[@role = 'editor'], $ed/e:editor)[1] ! string(.)"/>
            </xsl:call-template>
            <xsl:if test="exists($ed/e:editor)"><xsl:text>. </xsl:text></xsl:if>
            <cite><xsl:value-of select="$ed/e:title"/></cite>
            <xsl:text>. </xsl:text>
            <xsl:call-template name="n:parts">
              <xsl:with-param name="parts" select="string($ed/e:publisher), n:format-date(string($ed/e:date), 'jalali')"/>
            </xsl:call-template>
            <xsl:text>. </xsl:text>
            <xsl:if test="$ed/e:base-url ne ''"><a href="{$ed/e:base-url}"><bdi dir="ltr"><xsl:value-of select="$ed/e:base-url"/></bdi></a></xsl:if>
          </p>
        </section>
        <section aria-labelledby="encoding-principles">
          <h2 id="encoding-principles"><xsl:value-of select="n:msg('encoding-principles')"/></h2>
          <p><xsl:value-of select="n:msg('about-reading-' || $default-reading)"/></p>
          <xsl:variable name="langs" select="distinct-values($decl//tei:p ! n:lang(.))"/>
          <xsl:for-each select="$langs[. = $n:site-lang], $langs[. ne $n:site-lang]">
            <xsl:variable name="lang" select="."/>
            <div class="editorial-principles">
              <xsl:if test="$lang ne $n:site-lang"><xsl:attribute name="lang" select="$lang"/><xsl:attribute name="dir" select="n:dir($lang)"/></xsl:if>
              <xsl:for-each select="$decl/*[.//tei:p[n:lang(.) = $lang]]">
                <!-- the part's heading in the block's language where messages.xml has it (an English
                     block was headed in Persian, each heading twice on the page) -->
                <xsl:if test="n:has-msg('hd-' || local-name())">
                  <xsl:variable name="own" select="n:msg-in('hd-' || local-name(), $lang)"/>
                  <xsl:variable name="site" select="n:msg-in('hd-' || local-name(), $n:site-lang)"/>
                  <h3>
                    <xsl:if test="$lang ne $n:site-lang and $own eq $site"><xsl:attribute name="lang" select="$n:site-lang"/><xsl:attribute name="dir" select="n:dir($n:site-lang)"/></xsl:if>
                    <xsl:value-of select="$own"/>
                  </h3>
                </xsl:if>
                <xsl:for-each select=".//tei:p[n:lang(.) = $lang]">
                  <p><xsl:sequence select="n:own-dir(.)"/><xsl:apply-templates mode="n:text"/></p>
                </xsl:for-each>
              </xsl:for-each>
            </div>
          </xsl:for-each>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
