<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr default behaviours (see common.xsl for the API). Plain HTML5, no medium-specific features:
  the HTML edition (xslt/html/behaviours-html.xsl) and the print edition override what they need.
  Context item of every behaviour: the TEI element being rendered.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:n="urn:nashr:xslt"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  exclude-result-prefixes="#all">

  <!-- n:id($el): the HTML id of a TEI element: its @xml:id, else "{id of the nearest ancestor
       with @xml:id, or 'text'}.{local-name}{N}" with N counted within that ancestor, so ids are
       the same on every build (generate-id() is not: it depends on parse order). -->
  <xsl:function name="n:id" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:choose>
      <xsl:when test="$el/@xml:id"><xsl:sequence select="string($el/@xml:id)"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="name" select="node-name($el)"/>
        <xsl:variable name="n" as="xs:string"><xsl:number select="$el" level="any" count="*[node-name() eq $name]" from="*[@xml:id]"/></xsl:variable>
        <xsl:sequence select="string(($el/ancestor::*[@xml:id][1]/@xml:id, 'text')[1]) || '.' || local-name($el) || $n"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- id (from @xml:id only), class, lang and dir of the output element; a leaf block in a script
       of the other direction than its language gets its own dir (n:block-dir) -->
  <xsl:template name="n:attributes">
    <xsl:param name="class" as="xs:string?" select="()"/>
    <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
    <xsl:if test="$class"><xsl:attribute name="class" select="$class"/></xsl:if>
    <xsl:sequence select="n:lang-attributes(.), n:block-dir(.)"/>
  </xsl:template>

  <xsl:template name="n:block">
    <xsl:param name="tag" as="xs:string" select="'div'"/>
    <xsl:param name="class" as="xs:string?" select="'tei-' || local-name()"/>
    <xsl:element name="{$tag}">
      <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <xsl:apply-templates mode="n:text"/>
    </xsl:element>
  </xsl:template>

  <!-- a paragraph holding a block of its own (page furniture met inside a paragraph running on)
       is a div: HTML's p holds phrasing content only, and a parser would end it at the block -->
  <xsl:template name="n:paragraph">
    <xsl:param name="tag" as="xs:string" select="if (.//*[n:is-block-unit(.)]) then 'div' else 'p'"/>
    <xsl:param name="class" as="xs:string?" select="'tei-' || local-name()"/>
    <xsl:call-template name="n:block">
      <xsl:with-param name="tag" select="$tag"/>
      <xsl:with-param name="class" select="$class"/>
    </xsl:call-template>
  </xsl:template>

  <!-- a code listing: preformatted, left to right whatever the page's direction, its lines
       ended by n:break 'preformatted' (a line feed, which pre keeps); translate="no": code is not
       prose for a translating browser; tabindex: a listing wider than the screen scrolls, and a
       keyboard reaches its scroll (WCAG 2.1.1) -->
  <xsl:template name="n:listing">
    <xsl:param name="class" as="xs:string?" select="'tei-' || local-name()"/>
    <pre dir="ltr" translate="no" tabindex="0">
      <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <code><xsl:apply-templates mode="n:text"/></code>
    </pre>
  </xsl:template>

  <xsl:template name="n:heading">
    <xsl:param name="level" as="xs:integer" select="2"/>
    <xsl:param name="class" as="xs:string?" select="'tei-head'"/>
    <xsl:call-template name="n:block">
      <xsl:with-param name="tag" select="'h' || $level"/>
      <xsl:with-param name="class" select="$class"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="n:list">
    <xsl:param name="tag" as="xs:string" select="'ul'"/>
    <xsl:param name="class" as="xs:string?" select="'tei-list'"/>
    <xsl:call-template name="n:block">
      <xsl:with-param name="tag" select="$tag"/>
      <xsl:with-param name="class" select="$class"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="n:list-item">
    <xsl:param name="class" as="xs:string?" select="'tei-item'"/>
    <li>
      <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <xsl:if test="@n castable as xs:integer and parent::tei:list/tei:item/@n"><xsl:attribute name="value" select="xs:integer(@n)"/></xsl:if>
      <xsl:apply-templates mode="n:text"/>
    </li>
  </xsl:template>

  <!-- a bayt: one row of hemistichs ($halves: the content of each, in reading order), then the
       glosses of the whole bayt ($glosses: n:bayt-glosses), under both -->
  <xsl:template name="n:bayt">
    <xsl:param name="halves" as="array(node()*)"/>
    <xsl:param name="glosses" as="element()*" select="()"/>
    <xsl:param name="class" as="xs:string?" select="'tei-l bayt'"/>
    <div>
      <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <xsl:call-template name="n:hemistich-cells"><xsl:with-param name="halves" select="$halves"/></xsl:call-template>
      <xsl:apply-templates select="$glosses" mode="n:text"/>
    </div>
  </xsl:template>

  <!-- the source's separator between two hemistichs (context: its text node): kept, and hidden by
       the media's CSS (class caesura-mark), which set the hemistichs apart instead -->
  <xsl:template name="n:caesura-mark">
    <span class="caesura-mark"><xsl:value-of select="."/></span>
  </xsl:template>

  <!-- the hemistichs of a bayt, each in its cell, a space between them: the layout sets them
       apart, and the space keeps the last word of one and the first of the next two words for
       a copied bayt and a page's text (no line of a source with a hemistich per line ends in one) -->
  <xsl:template name="n:hemistich-cells">
    <xsl:param name="halves" as="array(node()*)"/>
    <xsl:for-each select="1 to array:size($halves)">
      <xsl:if test=". gt 1"><xsl:text> </xsl:text></xsl:if>
      <span class="hemistich"><xsl:apply-templates select="$halves(current())" mode="n:text"/></span>
    </xsl:for-each>
  </xsl:template>

  <!-- n:parts: strings of data (names, titles, dates) joined by $separator, each isolated in a
       bdi, so a Latin name beside a Persian date keeps its place (UAX #9 isolates); empty
       strings are left out with their separators -->
  <xsl:template name="n:parts">
    <xsl:param name="parts" as="xs:string*"/>
    <xsl:param name="separator" as="xs:string" select="n:msg('list-separator')"/>
    <xsl:for-each select="$parts[. ne '']">
      <xsl:if test="position() gt 1"><xsl:value-of select="$separator"/></xsl:if>
      <bdi><xsl:value-of select="."/></bdi>
    </xsl:for-each>
  </xsl:template>

  <!-- n:title-run: a text's title as the edition's own pages list it (index, registers, contents),
       isolated in a bdi of its script's direction (n:script-dir), so a Latin title
       («Fundraising 2012/Translation/…») keeps its order on a right-to-left page and a Persian one
       opening with a Latin word («GNU/Linux چیست») its own -->
  <xsl:template name="n:title-run">
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="dir" select="n:script-dir($title)"/>
    <bdi>
      <xsl:if test="$dir ne ''"><xsl:attribute name="dir" select="$dir"/></xsl:if>
      <xsl:value-of select="$title"/>
    </bdi>
  </xsl:template>

  <!-- n:credit: a name and its role, in one direction: an all-Latin credit («nashr editorial team, editor»)
       is set left to right with a Latin comma and the role as written; beside a name in the
       page's script a role messages.xml knows (role-{role}: «editor», the default of
       edition.toml) is given in the UI language («مریم احمدی، ویراستار»), another as written -->
  <xsl:template name="n:credit">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="role" as="xs:string"/>
    <xsl:variable name="dir" select="n:auto-dir($name)"/>
    <xsl:variable name="key" select="'role-' || lower-case(normalize-space($role))"/>
    <xsl:variable name="shown-role" select="if ($dir ne 'ltr' and n:has-msg($key)) then n:msg($key) else $role"/>
    <bdi dir="{($dir[. ne ''], 'auto')[1]}">
      <xsl:if test="$dir = 'ltr'"><xsl:attribute name="lang" select="'en'"/></xsl:if>
      <xsl:value-of select="string-join(($name, $shown-role[. ne '']), if ($dir = 'ltr') then ', ' else n:msg('list-separator'))"/>
    </bdi>
  </xsl:template>
  <xsl:template name="n:inline">
    <xsl:param name="tag" as="xs:string" select="'span'"/>
    <xsl:param name="class" as="xs:string?" select="'tei-' || local-name()"/>
    <xsl:call-template name="n:block">
      <xsl:with-param name="tag" select="$tag"/>
      <xsl:with-param name="class" select="$class"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="n:entity">
    <xsl:param name="register" as="xs:string" select="n:register(.)"/>
    <xsl:param name="key" as="xs:string" select="n:ref-key(@ref)"/>
    <xsl:param name="class" as="xs:string?" select="string-join(('entity', $register), ' ')"/>
    <span data-register="{$register}" data-key="{$key}">
      <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <xsl:apply-templates mode="n:text"/>
    </span>
  </xsl:template>

  <xsl:template name="n:date">
    <xsl:param name="class" as="xs:string?" select="'date'"/>
    <xsl:variable name="iso" select="(@when, @from, @notBefore)[1]"/>
    <xsl:element name="{if ($iso) then 'time' else 'span'}">
      <xsl:if test="$iso"><xsl:attribute name="datetime" select="$iso"/></xsl:if>
      <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <xsl:variable name="both" select="n:date-both(.)"/>
      <xsl:if test="$both"><xsl:attribute name="title" select="$both"/></xsl:if>
      <xsl:apply-templates mode="n:text"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="n:number">
    <xsl:param name="class" as="xs:string?" select="string-join(('num', @type), ' ')"/>
    <xsl:element name="{if (@value) then 'data' else 'span'}">
      <xsl:if test="@value"><xsl:attribute name="value" select="@value"/></xsl:if>
      <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <xsl:apply-templates mode="n:text"/>
    </xsl:element>
  </xsl:template>

  <!-- both readings in the output; CSS or the medium decides which one shows (class dipl / norm) -->
  <xsl:template name="n:alternate">
    <xsl:param name="diplomatic" as="element()*" select="()"/>
    <xsl:param name="normalised" as="element()*" select="()"/>
    <xsl:param name="kind" as="xs:string" select="'sic'"/>
    <span class="choice choice-{$kind}">
      <xsl:call-template name="n:attributes"/>
      <span class="dipl"><xsl:apply-templates select="$diplomatic" mode="n:text"/></span>
      <span class="norm"><xsl:apply-templates select="$normalised" mode="n:text"/></span>
    </span>
  </xsl:template>

  <xsl:template name="n:note">
    <xsl:param name="class" as="xs:string?" select="string-join(('note', @type), ' ')"/>
    <span role="note">
      <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <xsl:apply-templates mode="n:text"/>
    </span>
  </xsl:template>

  <xsl:template name="n:break">
    <xsl:param name="kind" as="xs:string" select="'line'"/>
    <xsl:choose>
      <xsl:when test="$kind = 'line'"><br/></xsl:when>
      <xsl:when test="$kind = 'preformatted'"><xsl:text>&#10;</xsl:text></xsl:when>
      <!-- a source line end in reflowed prose: a space (collapsed with the text's own), or nothing
           inside a word (lb break="no") -->
      <xsl:when test="$kind = 'wrap'"><span class="lb"><xsl:text> </xsl:text></span></xsl:when>
      <xsl:when test="$kind = 'joined'"><span class="lb"/></xsl:when>
      <xsl:otherwise>
        <span class="break-{$kind}" data-n="{@n}">
          <xsl:call-template name="n:attributes"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="n:link">
    <xsl:param name="href" as="xs:string" select="string(@target)"/>
    <xsl:param name="class" as="xs:string?" select="'tei-' || local-name()"/>
    <a href="{$href}">
      <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <xsl:apply-templates mode="n:text"/>
      <xsl:if test="self::tei:ptr"><bdi dir="ltr"><xsl:value-of select="$href"/></bdi></xsl:if>
    </a>
  </xsl:template>

  <xsl:template name="n:gap">
    <xsl:param name="class" as="xs:string?" select="'gap'"/>
    <span>
      <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <xsl:value-of select="n:msg('gap')"/>
    </span>
  </xsl:template>
</xsl:stylesheet>
