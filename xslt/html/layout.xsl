<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: the page frame shared by every page (html/head, header with navigation and
  search, main, footer). Language and direction of the page come from the edition's language.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:e="urn:nashr:edition"
  xmlns:n="urn:nashr:xslt"
  exclude-result-prefixes="#all">

  <xsl:variable name="n:site-lang" as="xs:string" select="string(($edition/e:edition/e:language[. ne ''], 'fa')[1])"/>

  <!-- n:page: one HTML page.
       $root: path from this page to the site root ('' or '../'); $title: the page title;
       $kind: 'text' | 'index' | 'register' | 'about' | 'search' (body class, current nav item);
       $current: on a register page, which register ('persons', 'orgs', 'places');
       $content: what goes into <main>, made before the page (a temporary tree, copied);
       $main: else the name of what a template of mode n:main writes into <main> in place,
       straight to the page's output (no copy of what a page that grows with the edition lists:
       the index, a register, an entry's occurrences), its parameters tunnelled from the page's
       caller. -->
  <xsl:template name="n:page">
    <xsl:param name="root" as="xs:string" select="''"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="current" as="xs:string" select="''"/>
    <xsl:param name="content" as="node()*" select="()"/>
    <xsl:param name="main" as="xs:string?" select="()"/>
    <xsl:param name="head" as="node()*" select="()"/>
    <xsl:variable name="site-title" select="string($edition/e:edition/e:title)"/>
    <html lang="{$n:site-lang}" dir="{n:dir($n:site-lang)}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="if ($title = $site-title) then $title else $title || ' — ' || $site-title"/></title>
        <meta name="generator" content="nashr {$nashr-version}"/>
        <link rel="icon" href="data:,"/>
        <link rel="preload" href="{$root}assets/fonts/{$web-font}" as="font" type="font/woff2" crossorigin=""/>
        <link rel="stylesheet" href="{$root}assets/nashr.css"/>
        <xsl:sequence select="$head"/>
        <script type="module" src="{$root}assets/nashr.js"></script>
      </head>
      <body class="page-{$kind}" data-root="{$root}">
        <a class="skip-link" href="#main"><xsl:value-of select="n:msg('skip-to-content')"/></a>
        <header class="site-header">
          <p class="site-title"><a href="{$root}index.html"><xsl:value-of select="$site-title"/></a></p>
          <nav aria-label="{n:msg('site-nav')}">
            <ul>
              <xsl:call-template name="n:nav-item">
                <xsl:with-param name="href" select="$root || 'index.html'"/>
                <xsl:with-param name="label" select="n:msg('texts')"/>
                <xsl:with-param name="current" select="$kind = 'index'"/>
              </xsl:call-template>
              <!-- a register with no entry (as nashr init makes them) is no way anywhere: left out,
                   as the PDF volume's index leaves it out (its page still says it has none) -->
              <xsl:for-each select="$n:registers[exists(n:entries(.))]">
                <xsl:call-template name="n:nav-item">
                  <xsl:with-param name="href" select="$root || $registers-dir || . || '.html'"/>
                  <xsl:with-param name="label" select="n:msg('register-' || .)"/>
                  <xsl:with-param name="current" select="$kind = 'register' and $current = current()"/>
                </xsl:call-template>
              </xsl:for-each>
              <xsl:call-template name="n:nav-item">
                <xsl:with-param name="href" select="$root || 'about.html'"/>
                <xsl:with-param name="label" select="n:msg('about')"/>
                <xsl:with-param name="current" select="$kind = 'about'"/>
              </xsl:call-template>
            </ul>
          </nav>
          <form class="search-form" role="search" action="{$root}search.html" method="get">
            <label for="search-q"><xsl:value-of select="n:msg('search-label')"/></label>
            <input id="search-q" name="q" type="search" dir="auto"/>
            <button type="submit"><xsl:value-of select="n:msg('search-button')"/></button>
          </form>
        </header>
        <main id="main" tabindex="-1">
          <xsl:sequence select="$content"/>
          <xsl:apply-templates select="$main" mode="n:main"/>
        </main>
        <footer class="site-footer">
          <p>
            <xsl:value-of select="$edition/e:edition/e:publisher"/>
            <xsl:text> · </xsl:text>
            <xsl:value-of select="n:msg('licence')"/>
            <xsl:text>: </xsl:text>
            <a href="{$edition/e:edition/e:licence/@url}" rel="license"><bdi><xsl:value-of select="$edition/e:edition/e:licence"/></bdi></a>
            <xsl:text> · </xsl:text>
            <!-- the version as nashr numbers it, «0.1.0» as the source description and the PDF's
                 colophon give it (n:msg's arguments take the UI's digits: «۰.۱.۰») -->
            <xsl:variable name="built-with" select="tokenize(n:msg('generated-by'), '\{1\}')"/>
            <xsl:value-of select="$built-with[1]"/><bdi dir="ltr"><xsl:value-of select="$nashr-version"/></bdi><xsl:value-of select="$built-with[2]"/>
            <xsl:text> · </xsl:text>
            <a href="{$root}assets/fonts/OFL.txt"><xsl:value-of select="n:msg('font-credit')"/></a>
          </p>
        </footer>
        <script type="application/json" id="nashr-messages">
          <xsl:value-of select="serialize(map:merge(for $k in ('search-results', 'search-none', 'search-unavailable', 'search-more') return map{$k: n:msg($k)}), map{'method': 'json'})" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
        </script>
      </body>
    </html>
  </xsl:template>

  <!-- the web font's file name (nashr.publish.fonts.WEB_FONT, named in nashr.css too), served
       from assets/fonts/ with its licence OFL.txt -->
  <xsl:param name="web-font" as="xs:string" select="'Vazirmatn-Variable.woff2'"/>

  <xsl:template name="n:nav-item">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="current" as="xs:boolean"/>
    <li><a href="{$href}"><xsl:if test="$current"><xsl:attribute name="aria-current" select="'page'"/></xsl:if><xsl:value-of select="$label"/></a></li>
  </xsl:template>
</xsl:stylesheet>
