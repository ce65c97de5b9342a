<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: every user-tunable setting in one place (TEI Stylesheets' html_param.xsl).
  Parameters shared with print (ui-lang, messages, registers) are declared in ../common/common.xsl.
  All are set from Python (src/nashr/html.py) by name; the defaults suit a site built by
  `nashr html`.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:e="urn:nashr:edition"
  xmlns:n="urn:nashr:xslt"
  exclude-result-prefixes="#all">

  <!-- the edition (from edition.toml): <e:edition> with e:title, e:title-en, e:description,
       e:publisher, e:licence/@url, e:base-url, e:contact, e:date, e:language,
       e:editor/@role; written by nashr.publish.html.edition_document() -->
  <xsl:param name="edition" as="document-node()">
    <xsl:document><e:edition><e:title>nashr</e:title></e:edition></xsl:document>
  </xsl:param>

  <!-- the part of the texts' summaries (summary.xsl) a shared page holds whole
       (nashr.publish.summaries): for the index, <s:index> (what it says of all texts: their count,
       its columns, the titles two texts share); for a register's page, <s:entries> (each entry
       used, with its count and forms); for an entry's page, an <s:entries> holding its own entry
       alone (its name, count and forms) -->
  <xsl:param name="summaries" as="document-node()?" select="()"/>

  <!-- the URIs, separated by spaces, of the chunks of the part a shared page reads a chunk at a
       time, in index order, each an <s:texts> (nashr.publish.summaries): for the index, one
       <s:text> per text with its row; for an entry's page, the texts that name the entry with
       their occurrences of it. The page parses one chunk at a time and lets it go, so it never
       holds all. -->
  <xsl:param name="chunks" as="xs:string" select="''"/>

  <!-- the register whose page n:register (or n:register-entry-page) makes: 'persons', 'orgs' or 'places' -->
  <xsl:param name="register-name" as="xs:string" select="'persons'"/>

  <!-- the register entry (its key: @xml:id, or the key of a reference it lacks) whose page
       n:register-entry-page makes -->
  <xsl:param name="entry-key" as="xs:string" select="''"/>

  <!-- the first text of the site (in index order) that has an editorialDecl, for the about page -->
  <xsl:param name="declared-text" as="document-node()?" select="()"/>

  <!-- file stem of the text being transformed (the page is texts/{stem}.html); '' = from its base URI -->
  <xsl:param name="stem" as="xs:string" select="''"/>

  <!-- the text whose summary n:summary returns -->
  <xsl:param name="text" as="document-node()?" select="()"/>

  <!-- previous and next text in index order ('' = none), for n:text-nav -->
  <xsl:param name="previous" as="xs:string" select="''"/>
  <xsl:param name="next" as="xs:string" select="''"/>

  <!-- where the PDFs are, relative to the site root, or an absolute URL (PDF per text:
       {pdf-base}{stem}.pdf); '' = no PDF links. By default the site holds them (pdf/). -->
  <xsl:param name="pdf-base" as="xs:string" select="'pdf/'"/>

  <!-- file name of the PDF volume of the whole edition, in pdf-base ('' = no link) -->
  <xsl:param name="pdf-volume" as="xs:string" select="'volume.pdf'"/>

  <!-- where the TEI files are, relative to the site root, or an absolute URL ({tei-base}{stem}.xml).
       By default the site holds copies (tei/), so the folder can be served alone. -->
  <xsl:param name="tei-base" as="xs:string" select="'tei/'"/>

  <!-- how many Pagefind bundles the search index has (pagefind/0/ … ; see nashr.publish.html) -->
  <xsl:param name="search-parts" as="xs:integer" select="1"/>

  <!-- n:base-href($base, $root, $file): the link to $file in $base (pdf-base, tei-base) from a
       page at $root ('' or '../'); a base is relative to the site root unless it is an absolute
       URL or path -->
  <xsl:function name="n:base-href" as="xs:string">
    <xsl:param name="base" as="xs:string"/>
    <xsl:param name="root" as="xs:string"/>
    <xsl:param name="file" as="xs:string"/>
    <xsl:sequence select="(if (matches($base, '^([a-zA-Z][a-zA-Z0-9+.\-]*:|/)')) then '' else $root) || $base || $file"/>
  </xsl:function>

  <!-- site folders, relative to the site root -->
  <xsl:variable name="texts-dir" as="xs:string" select="'texts/'"/>
  <xsl:variable name="registers-dir" as="xs:string" select="'registers/'"/>

  <!-- nashr version for the footer -->
  <xsl:param name="nashr-version" as="xs:string" select="''"/>

</xsl:stylesheet>
