<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: the behaviours the web renders differently from the defaults in
  ../common/behaviours.xsl. Used on text pages (texts/{stem}.html, one folder below the root).
    n:block      + a permalink anchor (¶) on leaf blocks with @xml:id (p, item, head, dateline …)
                 and data-cert on those whose role nashr guessed (n:cert-mark)
    n:list-item  + the same permalink
    n:entity     a link to the register entry and a card shown on hover and keyboard focus
    n:date       the date with a card giving both calendars
    n:alternate  diplomatic and normalised readings, switched by the reading toggle; a choice
                 underlined unless it is all of its line (n:is-whole-reading)
    n:note       a numbered call (with the note in a card on hover and focus) and the note in
                 the text's footnotes (mode n:footnote), each linking to the other
  Leaf blocks (p, l, item, head …: n:leaf-blocks) always get an id, from @xml:id or n:id(), so
  every one has a permalink and search results can point at it.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:n="urn:nashr:xslt"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  exclude-result-prefixes="#all">

  <!-- text pages live one folder below the site root -->
  <xsl:variable name="n:text-root" as="xs:string" select="'../'"/>

  <xsl:variable name="n:block-tags" as="xs:string+" select="('p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6')"/>

  <xsl:template name="n:block">
    <xsl:param name="tag" as="xs:string" select="'div'"/>
    <xsl:param name="class" as="xs:string?" select="'tei-' || local-name()"/>
    <xsl:element name="{$tag}">
      <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <xsl:call-template name="n:block-id"/>
      <xsl:call-template name="n:cert-mark"/>
      <xsl:apply-templates mode="n:text"/>
      <xsl:if test="$tag = $n:block-tags"><xsl:call-template name="n:permalink"/></xsl:if>
    </xsl:element>
  </xsl:template>

  <xsl:template name="n:list-item">
    <xsl:param name="class" as="xs:string?" select="'tei-item'"/>
    <li>
      <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <xsl:call-template name="n:block-id"/>
      <xsl:call-template name="n:cert-mark"/>
      <xsl:if test="@n castable as xs:integer and parent::tei:list/tei:item/@n"><xsl:attribute name="value" select="xs:integer(@n)"/></xsl:if>
      <xsl:apply-templates mode="n:text"/>
      <xsl:call-template name="n:permalink"/>
    </li>
  </xsl:template>

  <xsl:template name="n:bayt">
    <xsl:param name="halves" as="array(node()*)"/>
    <xsl:param name="glosses" as="element()*" select="()"/>
    <xsl:param name="class" as="xs:string?" select="'tei-l bayt'"/>
    <div>
      <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <xsl:call-template name="n:block-id"/>
      <xsl:call-template name="n:cert-mark"/>
      <xsl:call-template name="n:hemistich-cells"><xsl:with-param name="halves" select="$halves"/></xsl:call-template>
      <xsl:apply-templates select="$glosses" mode="n:text"/>
      <xsl:call-template name="n:permalink"><xsl:with-param name="space" select="' '"/></xsl:call-template>
    </div>
  </xsl:template>

  <!-- the id of a leaf block or a note standing as a block without @xml:id (n:attributes writes
       @xml:id), which search results point at -->
  <xsl:template name="n:block-id">
    <xsl:if test="not(@xml:id) and (n:is-leaf-block(.) or self::tei:note)"><xsl:attribute name="id" select="n:id(.)"/></xsl:if>
  </xsl:template>

  <!-- data-cert on a leaf block or a note standing as a block whose role nashr guessed (n:block-cert: low or medium): nashr.css
       draws a thin mark in the margin beside it, which the editors checking the conversion see
       and a reader can pass over; the source description says what the marks mean -->
  <xsl:template name="n:cert-mark">
    <xsl:variable name="cert" select="if (n:is-leaf-block(.) or self::tei:note) then n:block-cert(.) else ''"/>
    <xsl:if test="$cert"><xsl:attribute name="data-cert" select="$cert"/></xsl:if>
  </xsl:template>

  <!-- ¶ link to the block's id, on leaf blocks -->
  <!-- $space before the ¶: a no-break space in running text, so the ¶ (hidden until the block is
       hovered) never takes a line of its own after a full last line (a paragraph or item seemed
       to end in an empty line); a plain space in a bayt, whose grid would take a no-break space
       for a cell of its own -->
  <xsl:template name="n:permalink">
    <xsl:param name="space" as="xs:string" select="'&#xA0;'"/>
    <xsl:if test="n:is-leaf-block(.)">
      <xsl:value-of select="$space"/>
      <a class="permalink" href="#{(@xml:id, n:id(.))[1]}" aria-label="{n:msg('permalink')}">¶</a>
    </xsl:if>
  </xsl:template>

  <xsl:template name="n:note">
    <xsl:param name="class" as="xs:string?" select="string-join(('note-call', @type), ' ')"/>
    <xsl:variable name="id" select="n:id(.)"/>
    <span class="entity-wrap note-wrap{if (n:after-note(.)) then ' after-note' else ''}">
      <a id="fnref-{$id}" href="#fn-{$id}" aria-describedby="card-fn-{$id}" class="{$class}"><xsl:value-of select="n:note-number(.)"/></a>
      <span class="card note-card" role="tooltip" id="card-fn-{$id}">
        <xsl:sequence select="n:lang-attributes(., n:lang(..))"/>
        <xsl:sequence select="n:own-dir(.)"/>
        <xsl:value-of select="n:plain(node())"/>
      </span>
    </span>
  </xsl:template>

  <!-- one footnote of the text's list, with its way back to the call -->
  <xsl:template match="tei:note" mode="n:footnote">
    <xsl:variable name="id" select="n:id(.)"/>
    <li id="fn-{$id}" value="{n:note-index(.)}">
      <xsl:sequence select="n:lang-attributes(., n:lang(ancestor::tei:text))"/>
      <xsl:sequence select="n:own-dir(.)"/>
      <xsl:apply-templates mode="n:text"/>
      <xsl:text> </xsl:text>
      <a class="note-back" href="#fnref-{$id}" aria-label="{n:msg('note-back')}">↩</a>
    </li>
  </xsl:template>

  <!-- entity: a link (or, when it contains other entities, a focusable span, since links do not
       nest) followed by its card; the card is shown by CSS on hover and focus-within. -->
  <xsl:template name="n:entity">
    <xsl:param name="register" as="xs:string" select="n:register(.)"/>
    <xsl:param name="key" as="xs:string" select="n:ref-key(@ref)"/>
    <xsl:param name="class" as="xs:string?" select="string-join(('entity', $register), ' ')"/>
    <xsl:variable name="id" select="n:id(.)"/>
    <xsl:variable name="card-id" select="'card-' || $id"/>
    <xsl:variable name="href" select="$n:text-root || n:entry-href($register, $key)"/>
    <xsl:variable name="nested" select="exists(.//tei:*[@ref])"/>
    <!-- the register page links here (#{n:id}); with an @xml:id the inner element carries it -->
    <span class="entity-wrap">
      <xsl:if test="not(@xml:id)"><xsl:attribute name="id" select="$id"/></xsl:if>
      <xsl:element name="{if ($nested) then 'span' else 'a'}">
        <xsl:choose>
          <xsl:when test="$nested"><xsl:attribute name="tabindex" select="0"/></xsl:when>
          <xsl:otherwise><xsl:attribute name="href" select="$href"/></xsl:otherwise>
        </xsl:choose>
        <xsl:attribute name="aria-describedby" select="$card-id"/>
        <xsl:attribute name="data-key" select="$key"/>
        <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
        <xsl:apply-templates mode="n:text"/>
      </xsl:element>
      <xsl:call-template name="n:entity-card">
        <xsl:with-param name="id" select="$card-id"/>
        <xsl:with-param name="register" select="$register"/>
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="href" select="if ($nested) then $href else ()"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <xsl:template name="n:entity-card">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="register" as="xs:string"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="href" as="xs:string?"/>
    <xsl:variable name="entry" select="n:register-entry($key)"/>
    <span class="card" role="tooltip" id="{$id}">
      <span class="card-type"><xsl:value-of select="if ($register) then n:msg('entity-' || $register) else ''"/></span>
      <xsl:text> </xsl:text>
      <strong class="card-name"><xsl:value-of select="n:entry-name($entry, n:plain(.))"/></strong>
      <xsl:variable name="outer" select="n:dir(n:lang(.))"/>
      <xsl:for-each select="($entry/(tei:note | tei:desc | tei:occupation | tei:roleName))[1]">
        <span class="card-note"><xsl:sequence select="if (@xml:lang) then n:lang-attributes(.)
          else n:script-dir(normalize-space(.), $outer)"/><xsl:value-of select="normalize-space(.)"/></span>
      </xsl:for-each>
      <xsl:if test="exists($href)">
        <a class="card-link" href="{$href}"><xsl:value-of select="n:msg('entity-card-more')"/></a>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template name="n:date">
    <xsl:param name="class" as="xs:string?" select="'date'"/>
    <xsl:variable name="iso" select="(@when, @from, @notBefore)[1]"/>
    <xsl:variable name="both" select="n:date-both(.)"/>
    <xsl:variable name="card-id" select="'card-' || n:id(.)"/>
    <span class="entity-wrap">
      <xsl:element name="{if ($iso) then 'time' else 'span'}">
        <xsl:if test="$iso"><xsl:attribute name="datetime" select="$iso"/></xsl:if>
        <xsl:if test="$both">
          <xsl:attribute name="tabindex" select="0"/>
          <xsl:attribute name="aria-describedby" select="$card-id"/>
        </xsl:if>
        <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
        <xsl:apply-templates mode="n:text"/>
      </xsl:element>
      <xsl:if test="$both">
        <span class="card date-card" role="tooltip" id="{$card-id}"><xsl:value-of select="$both"/></span>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template name="n:alternate">
    <xsl:param name="diplomatic" as="element()*" select="()"/>
    <xsl:param name="normalised" as="element()*" select="()"/>
    <xsl:param name="kind" as="xs:string" select="'sic'"/>
    <xsl:variable name="label-key" select="if ($kind = 'orig') then 'reg-label' else 'corr-label'"/>
    <span class="{string-join(('choice', 'choice-' || $kind, if (n:is-whole-reading(.)) then 'choice-whole' else ()), ' ')}">
      <xsl:call-template name="n:attributes"/>
      <span class="dipl" title="{n:msg($label-key, n:plain($normalised/node()))}"><xsl:apply-templates select="$diplomatic" mode="n:text"/></span>
      <span class="norm" title="{n:msg('sic-label', n:plain($diplomatic))}"><xsl:apply-templates select="$normalised" mode="n:text"/></span>
    </span>
  </xsl:template>
</xsl:stylesheet>
