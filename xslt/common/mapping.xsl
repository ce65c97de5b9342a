<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr mapping (mode n:text): each TEI element → one behaviour (behaviours.xsl). Shared by HTML
  and print; media override behaviours, not these templates. Elements not named here are shown
  as n:inline (span class="tei-NAME"), so no text of the source is ever dropped.
  Element groups follow the TEI Guidelines chapters: 3 (core), 4 (default text structure),
  13 (names, dates), 11 (transcription: choice, sic/corr, orig/reg, gap).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:n="urn:nashr:xslt"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  exclude-result-prefixes="#all">

  <xsl:mode name="n:text" on-no-match="shallow-skip"/>

  <!-- text: in a right-to-left context, left-to-right runs (Latin words, URLs, e-mail addresses)
       are isolated in <bdi> (Unicode UAX #9 isolates; HTML "bdi"), so neutral characters around
       them (punctuation, brackets) keep their place. The characters themselves are unchanged. -->
  <xsl:template match="text()" mode="n:text">
    <xsl:choose>
      <xsl:when test="n:dir(n:lang(..)) = 'rtl' and matches(., $n:ltr-run)">
        <xsl:analyze-string select="." regex="{$n:ltr-run}">
          <xsl:matching-substring><bdi><xsl:value-of select="."/></bdi></xsl:matching-substring>
          <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!-- n:join-ltr, a pass over a text's rendering: a left-to-right token that the markup cuts into
       pieces («DS-<num>160</num>», a URL or a file name with numbers tagged inside it) gets one
       isolate per Latin piece from the template above, and a right-to-left line shows the pieces
       in reverse order («160DS-»); the pieces glued together (no space between: isolates, numbers,
       Latin letters and digits at the edge of the text beside them) are made one isolate. Linear:
       one grouping of the children of each element that holds an isolate; the rest is copied. -->
  <xsl:mode name="n:join-ltr" on-no-match="shallow-copy"/>
  <xsl:template match="*[bdi[empty(@*)]]" mode="n:join-ltr">
    <xsl:copy>
      <xsl:sequence select="@*"/>
      <xsl:variable name="pieces" as="node()*">
        <xsl:for-each select="node()">
          <xsl:choose>
            <!-- beside an isolate, a text's glued letters or digits at its edges are pieces of their own
                 (print writes a number as text: «<bdi>DS-</bdi>160) …») -->
            <xsl:when test="self::text() and (preceding-sibling::node()[1] | following-sibling::node()[1])[n:ltr-piece(.)]">
              <xsl:analyze-string select="." regex="{$n:glued-edge}">
                <xsl:matching-substring><xsl:value-of select="."/></xsl:matching-substring>
                <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
              </xsl:analyze-string>
            </xsl:when>
            <xsl:otherwise><xsl:sequence select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:variable>
      <xsl:for-each-group select="$pieces" group-adjacent="n:ltr-piece(.)">
        <xsl:choose>
          <xsl:when test="current-grouping-key() and count(current-group()) gt 1 and current-group()[self::bdi[empty(@*)]]">
            <bdi><xsl:apply-templates select="current-group() ! (if (self::bdi) then node() else .)" mode="n:join-ltr"/></bdi>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates select="current-group()" mode="n:join-ltr"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each-group>
    </xsl:copy>
  </xsl:template>
  <!-- letters and digits of a token (with a URL's punctuation inside, not at its ends) at the start
       or the end of a text -->
  <xsl:variable name="n:token" as="xs:string"
    select="'[A-Za-z&#xC0;-&#x24F;0-9&#x6F0;-&#x6F9;]([A-Za-z&#xC0;-&#x24F;0-9&#x6F0;-&#x6F9;._:/@#%&amp;+=?~\-]*[A-Za-z&#xC0;-&#x24F;0-9&#x6F0;-&#x6F9;])?'"/>
  <xsl:variable name="n:glued-edge" as="xs:string" select="'^' || $n:token || '|' || $n:token || '$'"/>
  <!-- n:ltr-piece($node): a piece of a left-to-right token as rendered: an isolate of the text
       template (a bdi without attributes), a number (class num) of digits and their separators, or
       a text of Latin letters, digits and a URL's punctuation without a space -->
  <xsl:function name="n:ltr-piece" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/self::bdi[empty(@*)])
      or exists($node/self::*[tokenize(@class) = 'num'][empty(*)][matches(., '^[0-9&#x6F0;-&#x6F9;&#x660;-&#x669;.,/:\-]+$')])
      or exists($node/self::text()[matches(., '^[A-Za-z&#xC0;-&#x24F;0-9&#x6F0;-&#x6F9;._:/@#%&amp;+=?~\-]+$')])"/>
  </xsl:function>
  <!-- a code listing's text is code, left to right as a whole (n:listing): nothing to isolate -->
  <xsl:template match="tei:eg//text()" mode="n:text"><xsl:value-of select="."/></xsl:template>
  <!-- a run of strong left-to-right (Latin-script) words, with the digits and punctuation inside it -->
  <xsl:variable name="n:ltr-run" as="xs:string"
    select="'[A-Za-z&#xC0;-&#x24F;][A-Za-z&#xC0;-&#x24F;0-9._:/@#%&amp;+=?~\-]*( [A-Za-z&#xC0;-&#x24F;0-9][A-Za-z&#xC0;-&#x24F;0-9._:/@#%&amp;+=?~\-]*)*'"/>

  <!-- 4: text structure; containers with no behaviour of their own -->
  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group" mode="n:text">
    <xsl:call-template name="n:block"><xsl:with-param name="class" select="'tei-' || local-name()"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:opener
      | tei:closer | tei:postscript | tei:argument | tei:epigraph | tei:floatingText | tei:sp" mode="n:text">
    <xsl:call-template name="n:block"><xsl:with-param name="class" select="'tei-' || local-name()"/></xsl:call-template>
  </xsl:template>
  <!-- a stanza, or a whole poem in one lg: "lg-long" when printed it takes more than a third of a
       page, $n:short-lg lines (print keeps only a shorter one on one page: a divan's poem was pushed
       whole past an empty first page, and Bahar's Damavandiyeh, 11 bayts whose every hemistich
       takes two lines, left its title alone on a page) -->
  <xsl:variable name="n:short-lg" as="xs:integer" select="10"/>
  <xsl:template match="tei:lg" mode="n:text">
    <xsl:call-template name="n:block">
      <xsl:with-param name="class" select="string-join(('tei-lg', if (sum(.//tei:l ! n:print-lines(.)) gt $n:short-lg) then 'lg-long' else ()), ' ')"/>
    </xsl:call-template>
  </xsl:template>
  <!-- n:print-lines($l): the lines a line of verse takes in print (print.css: A5, verse at 9 pt,
       about 30 lines a page): a bayt one per $n:hemistich-chars characters of its longer
       hemistich (half the column), other verse one per twice that, and its longest gloss's under it; its
       reading as n:plain gives it -->
  <xsl:variable name="n:hemistich-chars" as="xs:integer" select="38"/>
  <xsl:function name="n:print-lines" as="xs:integer">
    <xsl:param name="l" as="element(tei:l)"/>
    <xsl:variable name="halves" select="$l/tei:seg[@type = 'hemistich']"/>
    <xsl:variable name="width" select="if (exists($halves)) then $n:hemistich-chars else 2 * $n:hemistich-chars"/>
    <xsl:sequence select="max((1, (if (exists($halves)) then $halves ! n:plain(node())
      else n:plain($l/node() except $l/tei:seg[@type = 'gloss'])) ! ((string-length(.) + $width - 1) idiv $width)))
      + max((0, $l/tei:seg[@type = 'gloss'] ! ((string-length(n:plain(node())) + $width - 1) idiv $width)))"/>
  </xsl:function>
  <!-- page furniture (fw: a site's or a print layout's header, footer, page number): a run of it
       is one band, ruled off from the text once, after its last line (class "fw-run-on" on each
       line another fw follows) -->
  <xsl:template match="tei:fw" mode="n:text">
    <xsl:call-template name="n:block">
      <xsl:with-param name="class" select="string-join(('tei-fw', if (following-sibling::*[1][self::tei:fw]) then 'fw-run-on' else ()), ' ')"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:dateline | tei:trailer | tei:byline | tei:docAuthor | tei:docTitle
      | tei:titlePart | tei:docDate | tei:salute | tei:signed | tei:titlePage | tei:address | tei:addrLine
      | tei:speaker" mode="n:text">
    <xsl:call-template name="n:block"><xsl:with-param name="class" select="'tei-' || local-name()"/></xsl:call-template>
  </xsl:template>

  <!-- 7 performance texts: the cast list as blocks, a group's head its caption, each cast item
       its role and the role's description («Volumnia – his mother»); a stage direction between
       speeches or inside one a block, inside a paragraph or line inline -->
  <xsl:template match="tei:castList | tei:castGroup | tei:castItem | tei:set" mode="n:text">
    <xsl:call-template name="n:block"><xsl:with-param name="class" select="'tei-' || local-name()"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:stage[not(ancestor::tei:p | ancestor::tei:ab | ancestor::tei:l | ancestor::tei:head)]" mode="n:text">
    <xsl:call-template name="n:block"><xsl:with-param name="class" select="'tei-stage'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:castList/tei:head | tei:castGroup/tei:head" mode="n:text">
    <xsl:call-template name="n:block"><xsl:with-param name="class" select="'tei-head'"/></xsl:call-template>
  </xsl:template>

  <!-- 6 verse: a bayt is a line (l) of two hemistichs, marked by seg type="hemistich" or split by
       caesura; or an lg type="bayt" whose two l are its hemistichs. Stanzas are lg. -->
  <xsl:template match="tei:l[tei:seg[@type = 'hemistich'] or tei:caesura or n:is-seg-bayt(.)]" mode="n:text">
    <xsl:variable name="glosses" select="n:bayt-glosses(.)"/>
    <xsl:call-template name="n:bayt">
      <xsl:with-param name="halves" select="if (exists($glosses)) then array:for-each(n:hemistichs(.), function($half) { $half except $glosses })
        else n:hemistichs(.)"/>
      <xsl:with-param name="glosses" select="$glosses"/>
      <xsl:with-param name="class" select="string-join(('tei-l bayt', if (n:is-refrain(.)) then 'refrain' else ()), ' ')"/>
    </xsl:call-template>
  </xsl:template>
  <!-- a line of verse of one hemistich (or not split); a refrain (n:is-refrain) ends a band -->
  <xsl:template match="tei:l" mode="n:text">
    <xsl:call-template name="n:block">
      <xsl:with-param name="class" select="string-join(('tei-l', if (n:is-refrain(.)) then 'refrain' else ()), ' ')"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:lg[n:is-bayt-of-lines(.)]" mode="n:text">
    <xsl:call-template name="n:bayt"><xsl:with-param name="halves" select="array:join(tei:l ! [node()])"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:caesura" mode="n:text"/>
  <!-- a hemistich's or a bayt's gloss (its transliteration or translation, in its language): under it -->
  <xsl:template match="tei:l/tei:seg[@type = 'gloss']" mode="n:text">
    <xsl:call-template name="n:inline"><xsl:with-param name="class" select="'gloss'"/></xsl:call-template>
  </xsl:template>
  <!-- the source's separator of the hemistichs, kept between the caesura and the second hemistich's
       seg («/», «*» where a bayt stood on one line): the layout that sets the hemistichs apart
       stands in for it (a hemistich not in a seg is text after the caesura itself, and shown) -->
  <xsl:template match="tei:l/text()[normalize-space()][preceding-sibling::node()[1][self::tei:caesura]]
      [following-sibling::node()[1][self::tei:seg]]" mode="n:text">
    <xsl:call-template name="n:caesura-mark"/>
  </xsl:template>
  <!-- a table row's empty cells after the second hemistich («… را</seg> | |»: a poem copied from a page's
       table): the source's layout, hidden as the separator is -->
  <xsl:template match="tei:l/text()[matches(., '^[\s|]+$')][contains(., '|')][empty(following-sibling::node())]
      [preceding-sibling::node()[1][self::tei:seg[@type = 'hemistich']]]" mode="n:text">
    <xsl:call-template name="n:caesura-mark"/>
  </xsl:template>

  <!-- 3.1 paragraphs -->
  <xsl:template match="tei:p | tei:ab" mode="n:text">
    <xsl:call-template name="n:paragraph"/>
  </xsl:template>

  <!-- 23.1.1 a code listing (eg: a Markdown code block), its lines kept (lb: a line end) -->
  <xsl:template match="tei:eg" mode="n:text"><xsl:call-template name="n:listing"/></xsl:template>
  <xsl:template match="tei:eg//tei:lb" mode="n:text" priority="1">
    <xsl:call-template name="n:break"><xsl:with-param name="kind" select="'preformatted'"/></xsl:call-template>
  </xsl:template>

  <!-- 4.2.1 headings -->
  <xsl:template match="tei:head" mode="n:text">
    <xsl:call-template name="n:heading">
      <xsl:with-param name="level" select="n:head-level(.)"/>
    </xsl:call-template>
  </xsl:template>
  <!-- the title's heading under a copied page's furniture: its line in place, not a heading
       (the page's h1 above the text says the title: n:title-under-fw); only a main head or the
       text's first head can be it (n:title-head), which the predicate's first test finds by the
       nearest head before it, so the text's other headings cost no look-up of the title -->
  <xsl:template match="tei:head[@type = 'main' or empty(preceding::tei:head)][. is n:title-under-fw(.)]" mode="n:text"
      priority="1">
    <xsl:call-template name="n:block"><xsl:with-param name="class" select="'tei-head title-in-place'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:list/tei:head | tei:lg/tei:head | tei:table/tei:head" mode="n:text">
    <xsl:call-template name="n:block"><xsl:with-param name="class" select="'tei-head'"/></xsl:call-template>
  </xsl:template>

  <!-- 3.8 lists -->
  <!-- a list whose items begin with their own marker in the text («۱. …», «(اولاً) …», «- …»; kept
       for fidelity: n:marked-in-text) gets the class "marked-in-text": media must not add a second
       number or bullet -->
  <xsl:template match="tei:list" mode="n:text">
    <xsl:call-template name="n:list">
      <xsl:with-param name="tag" select="if (@type = ('ordered', 'numbered') or tei:item/@n) then 'ol' else 'ul'"/>
      <xsl:with-param name="class" select="string-join(('tei-list',
        if (every $i in tei:item satisfies n:marked-in-text($i)) then 'marked-in-text' else ()), ' ')"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:item" mode="n:text"><xsl:call-template name="n:list-item"/></xsl:template>
  <xsl:template match="tei:label" mode="n:text">
    <xsl:call-template name="n:inline"><xsl:with-param name="class" select="'tei-label'"/></xsl:call-template>
  </xsl:template>

  <!-- 3.3 highlighting, quotation, titles, foreign words -->
  <xsl:template match="tei:hi" mode="n:text">
    <xsl:call-template name="n:inline">
      <xsl:with-param name="tag" select="if (matches(@rend, 'bold|strong')) then 'strong' else if (matches(@rend, 'italic')) then 'em' else 'span'"/>
      <xsl:with-param name="class" select="string-join(('tei-hi', tokenize(@rend, '\s+')[. ne ''] ! ('rend-' || .)), ' ')"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:q | tei:quote | tei:said" mode="n:text">
    <xsl:call-template name="n:inline"><xsl:with-param name="tag" select="'q'"/><xsl:with-param name="class" select="'tei-' || local-name()"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:title" mode="n:text">
    <xsl:call-template name="n:inline"><xsl:with-param name="tag" select="'cite'"/><xsl:with-param name="class" select="'tei-title'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:foreign | tei:term | tei:mentioned | tei:emph | tei:soCalled | tei:distinct" mode="n:text">
    <xsl:call-template name="n:inline">
      <xsl:with-param name="tag" select="if (self::tei:emph) then 'em' else 'span'"/>
      <xsl:with-param name="class" select="'tei-' || local-name()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- 13.2 names with a register reference; names without @ref are inline -->
  <xsl:template match="(tei:persName | tei:orgName | tei:placeName | tei:rs | tei:name | tei:geogName)[@ref]" mode="n:text">
    <xsl:call-template name="n:entity">
      <xsl:with-param name="register" select="n:register(.)"/>
      <xsl:with-param name="key" select="n:ref-key(@ref)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- 13.3.6 dates and times -->
  <xsl:template match="tei:date | tei:time" mode="n:text"><xsl:call-template name="n:date"/></xsl:template>

  <!-- 3.6.3 numbers -->
  <xsl:template match="tei:num | tei:measure" mode="n:text"><xsl:call-template name="n:number"/></xsl:template>

  <!-- 3.5 / 11.3 editorial changes: choice of a source and an editorial reading -->
  <xsl:template match="tei:choice" mode="n:text">
    <xsl:variable name="diplomatic" select="tei:sic | tei:orig | tei:abbr"/>
    <xsl:call-template name="n:alternate">
      <xsl:with-param name="diplomatic" select="$diplomatic"/>
      <xsl:with-param name="normalised" select="tei:corr | tei:reg | tei:expan"/>
      <xsl:with-param name="kind" select="string(($diplomatic ! local-name(), 'sic')[1])"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:sic | tei:orig | tei:abbr | tei:corr | tei:reg | tei:expan
      | tei:unclear | tei:supplied | tei:add | tei:del | tei:seg | tei:w | tei:pc | tei:c" mode="n:text">
    <xsl:call-template name="n:inline"><xsl:with-param name="class" select="'tei-' || local-name()"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:gap" mode="n:text"><xsl:call-template name="n:gap"/></xsl:template>

  <!-- 3.9 notes -->
  <xsl:template match="tei:note" mode="n:text"><xsl:call-template name="n:note"/></xsl:template>
  <!-- a note on a line of its own between blocks (n:is-block-note) is a block where it stands -->
  <xsl:template match="tei:note[n:is-block-note(.)]" mode="n:text">
    <xsl:call-template name="n:block"><xsl:with-param name="class" select="string-join(('tei-note', @type), ' ')"/></xsl:call-template>
  </xsl:template>

  <!-- 3.7 links -->
  <xsl:template match="tei:ref[@target] | tei:ptr[@target]" mode="n:text">
    <xsl:call-template name="n:link"><xsl:with-param name="href" select="tokenize(@target, '\s+')[1]"/></xsl:call-template>
  </xsl:template>

  <!-- 3.11 milestones -->
  <!-- a line break of the source inside running prose (a wrapped paragraph or list item: nashr's
       roles p+ and item+) is not a break for the reader: the text reflows; in verse, addresses,
       headings and letters' parts it is (not in the title: below) -->
  <xsl:template match="tei:lb" mode="n:text"><xsl:call-template name="n:break"/></xsl:template>
  <xsl:template match="tei:lb[ancestor::tei:p or ancestor::tei:ab or ancestor::tei:item][not(ancestor::tei:l | ancestor::tei:addrLine)]" mode="n:text">
    <xsl:call-template name="n:break"><xsl:with-param name="kind" select="if (@break = 'no') then 'joined' else 'wrap'"/></xsl:call-template>
  </xsl:template>
  <!-- a source line end inside the text's title (head type="main" or "sub"; nashr's title lines,
       kept as lb for fidelity) is a wrap: the title reflows as one phrase, as n:plain sets it in the
       page's <title>, the index and the PDF's bookmarks; the source's wrap at a column or a
       second title line never breaks it mid-phrase -->
  <xsl:template match="tei:head[@type = ('main', 'sub')]//tei:lb[not(ancestor::tei:l | ancestor::tei:note)]" mode="n:text" priority="0.75">
    <xsl:call-template name="n:break"><xsl:with-param name="kind" select="if (@break = 'no') then 'joined' else 'wrap'"/></xsl:call-template>
  </xsl:template>
  <!-- a heading said again (n:said-again: a page's title repeated by its content's heading): kept,
       and hidden by the media's CSS (class said-again), so the title reads once -->
  <xsl:template match="tei:head/node()[n:said-again(.)]" mode="n:text" priority="2">
    <span class="said-again"><xsl:next-match/></span>
  </xsl:template>
  <xsl:template match="tei:pb" mode="n:text">
    <xsl:call-template name="n:break"><xsl:with-param name="kind" select="'page'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:cb" mode="n:text">
    <xsl:call-template name="n:break"><xsl:with-param name="kind" select="'column'"/></xsl:call-template>
  </xsl:template>

  <!-- 14 tables -->
  <xsl:template match="tei:table" mode="n:text">
    <xsl:call-template name="n:block"><xsl:with-param name="tag" select="'table'"/><xsl:with-param name="class" select="'tei-table'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:row" mode="n:text">
    <xsl:call-template name="n:block"><xsl:with-param name="tag" select="'tr'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:cell" mode="n:text">
    <xsl:call-template name="n:block"><xsl:with-param name="tag" select="if (@role = 'label') then 'th' else 'td'"/></xsl:call-template>
  </xsl:template>

  <!-- 22 documentation elements (an ODD's prose, e.g. the about page's encoding principles):
       specifications are for the schema, not for readers; names of elements, attributes and
       values are code, left-to-right -->
  <xsl:template match="tei:schemaSpec | tei:specGrp | tei:specGrpRef | tei:elementSpec | tei:classSpec
      | tei:macroSpec | tei:dataSpec | tei:moduleSpec | tei:moduleRef | tei:constraintSpec | tei:specList"
      mode="n:text"/>
  <xsl:template match="tei:gi | tei:att | tei:val | tei:ident | tei:tag | tei:code" mode="n:text">
    <code dir="ltr" class="tei-{local-name()}">
      <xsl:value-of select="if (self::tei:gi) then '&lt;' || . || '&gt;' else if (self::tei:att) then '@' || . else string(.)"/>
    </code>
  </xsl:template>
  <xsl:template match="*:egXML" mode="n:text">
    <pre dir="ltr" class="tei-egXML"><code><xsl:value-of select="*!serialize(.)" separator="&#10;"/></code></pre>
  </xsl:template>

  <!-- a control character of the source, encoded as an empty g pointing at its charDecl entry
       (src/nashr/convert/xmlchars.py): nothing a reader sees, nothing search finds -->
  <xsl:template match="tei:g[not(node())]" mode="n:text"/>

  <!-- anything else inside the text: keep its content visible -->
  <xsl:template match="tei:*" mode="n:text" priority="-1">
    <xsl:call-template name="n:inline"><xsl:with-param name="class" select="'tei-' || local-name()"/></xsl:call-template>
  </xsl:template>

  <!-- header and metadata elements are never part of the reading text -->
  <xsl:template match="tei:teiHeader" mode="n:text"/>
</xsl:stylesheet>
