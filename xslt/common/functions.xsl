<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr common functions (included by xslt/common/common.xsl; see there for the public API).
  Pure functions: UI messages, digits, language and direction, register references, calendars.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:m="urn:nashr:messages"
  xmlns:n="urn:nashr:xslt"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:fn="http://www.w3.org/2005/xpath-functions"
  exclude-result-prefixes="#all">

  <!-- ===== UI messages (messages.xml) ===== -->

  <xsl:key name="n:msg" match="m:msg" use="@key"/>

  <!-- n:msg($key): the message in $ui-lang (falls back to English); unknown key = build error. -->
  <xsl:function name="n:msg" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="n:msg-in($key, $ui-lang)"/>
  </xsl:function>
  <!-- n:msg-in($key, $lang): the message in $lang, else in $ui-lang, else in English (words set in
       a block of another language than the page's: the about page's English principles) -->
  <xsl:function name="n:msg-in" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="msg" select="key('n:msg', $key, $messages)"/>
    <xsl:if test="empty($msg)">
      <xsl:message terminate="yes" error-code="n:missing-message">nashr: no UI message with key '<xsl:value-of select="$key"/>' in messages.xml</xsl:message>
    </xsl:if>
    <xsl:sequence select="string(($msg/m:text[@xml:lang = $lang], $msg/m:text[@xml:lang = $ui-lang], $msg/m:text[@xml:lang = 'en'])[1])"/>
  </xsl:function>

  <!-- n:has-msg($key): whether messages.xml has that key -->
  <xsl:function name="n:has-msg" as="xs:boolean">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="exists(key('n:msg', $key, $messages))"/>
  </xsl:function>

  <!-- n:msg($key, $args): the message with {1}, {2} … replaced by $args (numbers in UI digits).
       An argument's «\» and «$» are escaped: replace() reads them in its replacement string
       (XPath F&O 3.1, 5.6.4), and a text's reading may hold either (a LaTeX listing). -->
  <xsl:function name="n:msg" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="args" as="xs:anyAtomicType*"/>
    <xsl:iterate select="1 to count($args)">
      <xsl:param name="text" select="n:msg($key)" as="xs:string"/>
      <xsl:on-completion select="$text"/>
      <xsl:variable name="i" select="."/>
      <xsl:next-iteration>
        <xsl:with-param name="text"
          select="replace($text, '\{' || $i || '\}', replace(n:digits(string($args[$i])), '[\\$]', '\\$0'))"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:function>

  <!-- ===== digits ===== -->

  <!-- n:digits($s): ASCII digits as Extended Arabic-Indic (Persian) digits U+06F0–U+06F9 when the
       UI language is fa (Unicode "Arabic" block); unchanged otherwise. -->
  <xsl:function name="n:digits" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="if ($ui-lang = 'fa') then translate(string($s), '0123456789', '۰۱۲۳۴۵۶۷۸۹') else string($s)"/>
  </xsl:function>

  <!-- ===== language and direction ===== -->

  <!-- n:lang($node): the language in force at $node: the nearest @xml:lang, else the main language
       the document's header declares (n:declared-lang), '' when neither. -->
  <xsl:function name="n:lang" as="xs:string">
    <xsl:param name="node" as="node()?"/>
    <xsl:variable name="marked" select="$node/ancestor-or-self::*[@xml:lang][1]/@xml:lang"/>
    <xsl:sequence select="if ($marked) then string($marked) else n:declared-lang($node)"/>
  </xsl:function>

  <!-- n:declared-lang($node): for a document that marks no @xml:lang where $node is, the language
       its header's profileDesc/langUsage declares (TEI Guidelines 2.4.2): the language of greatest
       @usage, else the first listed; '' when none is declared. -->
  <xsl:function name="n:declared-lang" as="xs:string">
    <xsl:param name="node" as="node()?"/>
    <xsl:variable name="languages" select="$node/ancestor-or-self::tei:TEI[1]/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[normalize-space(@ident)]"/>
    <xsl:variable name="most" select="max($languages[@usage castable as xs:double]/xs:double(@usage))"/>
    <xsl:sequence select="string(($languages[@usage castable as xs:double][xs:double(@usage) = $most], $languages)[1]/@ident)"/>
  </xsl:function>

  <!-- n:dir($lang): 'rtl' for languages written right to left (BCP 47 primary subtags fa, ar, ur,
       ps, ckb, azb, he, yi …; the ISO 639-2/3 codes TEI projects also use: fas/per, ara, urd …, and
       «far», Persian in the Perseus and OpenITI texts) or any tag with the script subtag Arab or
       Hebr, unless a Latin/Cyrillic script subtag is given (fa-Latn); 'ltr' otherwise. -->
  <xsl:function name="n:dir" as="xs:string">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="subtags" select="tokenize(lower-case(string($lang)), '-')"/>
    <xsl:sequence select="
      if ($subtags = ('arab', 'hebr')) then 'rtl'
      else if ($subtags[2] = ('latn', 'cyrl')) then 'ltr'
      else if ($subtags[1] = ('fa', 'ar', 'ur', 'ps', 'ckb', 'azb', 'he', 'yi', 'syr', 'dv', 'ug', 'sd',
        'fas', 'per', 'far', 'pes', 'prs', 'ara', 'arb', 'urd', 'pus', 'pbu', 'heb', 'yid', 'syc', 'div',
        'uig', 'snd', 'ota'))
      then 'rtl' else 'ltr'"/>
  </xsl:function>

  <!-- n:lang-attributes($node): HTML lang and dir attributes when $node carries an @xml:lang that
       differs from its parent's language; empty otherwise (HTML inherits them). -->
  <xsl:function name="n:lang-attributes" as="attribute()*">
    <xsl:param name="node" as="element()"/>
    <xsl:if test="$node/@xml:lang and string($node/@xml:lang) ne n:lang($node/..)">
      <xsl:attribute name="lang" select="$node/@xml:lang"/>
      <xsl:attribute name="dir" select="n:dir($node/@xml:lang)"/>
    </xsl:if>
  </xsl:function>

  <!-- n:lang-attributes($node, $outer): HTML lang and dir attributes when the language in force at
       $node differs from $outer (the language of the enclosing output element); empty otherwise. -->
  <xsl:function name="n:lang-attributes" as="attribute()*">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="outer" as="xs:string"/>
    <xsl:variable name="lang" select="n:lang($node)"/>
    <xsl:if test="$lang ne '' and $lang ne $outer">
      <xsl:attribute name="lang" select="$lang"/>
      <xsl:attribute name="dir" select="n:dir($lang)"/>
    </xsl:if>
  </xsl:function>

  <!-- ===== register references ===== -->

  <!-- n:ref-key($ref): the entry id a reference points to: the fragment of
       "../registers/persons.xml#p-hamid-taqvai" (or "#p-…", or "persons:p-…" prefixDef style). -->
  <xsl:function name="n:ref-key" as="xs:string">
    <xsl:param name="ref" as="xs:string?"/>
    <xsl:variable name="first" select="tokenize(normalize-space($ref), ' ')[1]"/>
    <xsl:sequence select="
      if (contains($first, '#')) then substring-after($first, '#')
      else if (contains($first, ':')) then substring-after($first, ':')
      else string($first)"/>
  </xsl:function>

  <!-- n:register($entity): which register an entity element belongs to: 'persons', 'orgs' or
       'places'; from the file name of its @ref, else from the element (persName, orgName,
       placeName, rs/@type), else from the id prefix p-, o-, pl-; '' when none applies. -->
  <xsl:function name="n:register" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="ref" select="tokenize(normalize-space($entity/@ref), ' ')[1]"/>
    <xsl:variable name="file" select="replace(tokenize(substring-before($ref, '#'), '/')[last()], '\.xml$', '')"/>
    <xsl:variable name="key" select="n:ref-key($ref)"/>
    <xsl:sequence select="
      if ($file = $n:registers) then $file
      else if ($entity/self::tei:persName or $entity/@type = 'person') then 'persons'
      else if ($entity/self::tei:orgName or $entity/@type = 'org') then 'orgs'
      else if ($entity/self::tei:placeName or $entity/@type = 'place') then 'places'
      else if (starts-with($key, 'pl-')) then 'places'
      else if (starts-with($key, 'p-')) then 'persons'
      else if (starts-with($key, 'o-')) then 'orgs'
      else ''"/>
  </xsl:function>

  <!-- the three registers, in display order -->
  <xsl:variable name="n:registers" as="xs:string+" select="('persons', 'orgs', 'places')"/>

  <!-- n:register-entry($key): the register entry (person, org, place …) with that xml:id from the
       $registers documents, or empty. -->
  <xsl:key name="n:entry" match="*[@xml:id]" use="@xml:id"/>
  <xsl:function name="n:register-entry" as="element()?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="(for $r in $registers return key('n:entry', $key, $r))[1]"/>
  </xsl:function>

  <!-- n:entry-name($entry, $fallback): the preferred name of a register entry (first persName,
       orgName, placeName or name without @type='variant'), else $fallback. -->
  <xsl:function name="n:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()?"/>
    <xsl:param name="fallback" as="xs:string"/>
    <xsl:variable name="names" select="$entry/(tei:persName | tei:orgName | tei:placeName | tei:name)"/>
    <xsl:sequence select="normalize-space(string(($names[not(@type = ('variant', 'alt'))], $names, $fallback)[1]))"/>
  </xsl:function>

  <!-- ===== calendars ===== -->

  <!-- n:jalali($date): the Solar Hijri (y, m, d) of a Gregorian xs:date, by the 33-year cycle
       arithmetic of jdf.scr.ir (the rule used by persiantools and jalaali-js for 1178–1633 AP). -->
  <xsl:function name="n:jalali" as="xs:integer+" visibility="public">
    <xsl:param name="date" as="xs:date"/>
    <xsl:variable name="gy" select="year-from-date($date)"/>
    <xsl:variable name="gm" select="month-from-date($date)"/>
    <xsl:variable name="gd" select="day-from-date($date)"/>
    <xsl:variable name="g-d-m" select="(0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)"/>
    <xsl:variable name="gy2" select="if ($gm gt 2) then $gy + 1 else $gy"/>
    <xsl:variable name="days0" select="355666 + 365 * $gy + ($gy2 + 3) idiv 4 - ($gy2 + 99) idiv 100
      + ($gy2 + 399) idiv 400 + $gd + $g-d-m[$gm]"/>
    <xsl:variable name="jy1" select="-1595 + 33 * ($days0 idiv 12053)"/>
    <xsl:variable name="days1" select="$days0 mod 12053"/>
    <xsl:variable name="jy2" select="$jy1 + 4 * ($days1 idiv 1461)"/>
    <xsl:variable name="days2" select="$days1 mod 1461"/>
    <xsl:variable name="jy" select="if ($days2 gt 365) then $jy2 + ($days2 - 1) idiv 365 else $jy2"/>
    <xsl:variable name="days" select="if ($days2 gt 365) then ($days2 - 1) mod 365 else $days2"/>
    <xsl:sequence select="if ($days lt 186) then ($jy, 1 + $days idiv 31, 1 + $days mod 31)
      else ($jy, 7 + ($days - 186) idiv 30, 1 + ($days - 186) mod 30)"/>
  </xsl:function>

  <!-- n:format-date($iso, $calendar): a W3C date (YYYY, YYYY-MM or YYYY-MM-DD, Gregorian) written
       in words in the UI language for 'gregorian' or 'jalali', e.g. «۵ آبان ۱۳۸۶», or 'jalali-af'
       (the Solar Hijri months as Afghanistan names them, «۵ عقرب ۱۳۸۶»); a bare year in the Solar
       Hijri calendar spans two years («۱۳۸۵–۱۳۸۶»). Unparseable input is returned. -->
  <xsl:function name="n:format-date" as="xs:string" visibility="public">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:param name="calendar" as="xs:string"/>
    <xsl:variable name="parts" select="for $p in tokenize($iso, '-') return xs:integer($p)"/>
    <xsl:choose>
      <xsl:when test="not(matches($iso, '^\d{4}(-\d{2}(-\d{2})?)?$'))">
        <xsl:sequence select="$iso"/>
      </xsl:when>
      <xsl:when test="$calendar = 'gregorian'">
        <xsl:sequence select="n:digits(string-join((
          if (count($parts) = 3) then string($parts[3]) else (),
          if (count($parts) ge 2) then n:msg('gregorian-' || $parts[2]) else (),
          string($parts[1])), ' '))"/>
      </xsl:when>
      <xsl:when test="count($parts) = 3 and $iso castable as xs:date">
        <xsl:variable name="j" select="n:jalali(xs:date($iso))"/>
        <xsl:sequence select="n:digits($j[3] || ' ' || n:msg($calendar || '-' || $j[2]) || ' ' || $j[1])"/>
      </xsl:when>
      <xsl:when test="count($parts) = 2">
        <!-- a Gregorian month overlaps two Solar Hijri months -->
        <xsl:variable name="a" select="n:jalali(xs:date($iso || '-01'))"/>
        <xsl:variable name="b" select="n:jalali(xs:date($iso || '-01') + xs:yearMonthDuration('P1M') - xs:dayTimeDuration('P1D'))"/>
        <xsl:sequence select="n:digits(n:msg($calendar || '-' || $a[2]) || (if ($a[1] ne $b[1]) then ' ' || $a[1] else '')
          || '–' || n:msg($calendar || '-' || $b[2]) || ' ' || $b[1])"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="n:digits(($parts[1] - 622) || '–' || ($parts[1] - 621))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- n:afghan-months($date): whether a date element's own text names its Solar Hijri month as
       Afghanistan does (حمل … حوت, the zodiac names: «19 حوت 1395», «30-ثور-1399» on Afghan
       offices' pages), so that it is written back with those names, not Iran's (اسفند). -->
  <xsl:variable name="n:afghan-month-names" as="xs:string"
    select="'(^|\P{L})(' || string-join((1 to 12) ! n:msg-in('jalali-af-' || ., 'fa'), '|') || ')(\P{L}|$)'"/>
  <xsl:function name="n:afghan-months" as="xs:boolean">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="matches(translate(n:plain($date), 'يك', 'یک'), $n:afghan-month-names)"/>
  </xsl:function>

  <!-- n:date-in($date, $calendar): a TEI date element (att.datable: @when, @from/@to,
       @notBefore/@notAfter) in words in one calendar ('jalali' with Afghanistan's month names,
       'jalali-af', where the date's own text uses them: n:afghan-months); '' when it has no
       normalised value. -->
  <xsl:function name="n:date-in" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:param name="in" as="xs:string"/>
    <xsl:variable name="calendar" select="if ($in = 'jalali' and n:afghan-months($date)) then 'jalali-af' else $in"/>
    <xsl:sequence select="
      if ($date/@when) then n:format-date($date/@when, $calendar)
      else if ($date/@from and $date/@to) then
        n:msg('date-range', (n:format-date($date/@from, $calendar), n:format-date($date/@to, $calendar)))
      else if ($date/@notBefore and $date/@notAfter) then
        n:msg('date-range', (n:format-date($date/@notBefore, $calendar), n:format-date($date/@notAfter, $calendar)))
      else if ($date/@from or $date/@notBefore) then
        n:msg('date-after', n:format-date(($date/@from, $date/@notBefore)[1], $calendar))
      else if ($date/@to or $date/@notAfter) then
        n:msg('date-before', n:format-date(($date/@to, $date/@notAfter)[1], $calendar))
      else ''"/>
  </xsl:function>

  <!-- n:date-both($date): the date in both calendars, Solar Hijri first:
       «۵ و ۶ آبان ۱۳۸۶ (خورشیدی) / ۲۷ اکتبر ۲۰۰۷ (میلادی)»; '' without a normalised value. -->
  <xsl:function name="n:date-both" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="j" select="n:date-in($date, 'jalali')"/>
    <xsl:sequence select="if ($j = '') then '' else
      $j || ' ' || n:msg('calendar-jalali') || ' / ' || n:date-in($date, 'gregorian') || ' ' || n:msg('calendar-gregorian')"/>
  </xsl:function>

  <!-- ===== the text's header: title, date, order ===== -->

  <!-- n:title($doc): the text's main title (titleStmt/title[@type='main'], else the first) -->
  <xsl:function name="n:title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="titles" select="root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="n:plain(($titles[@type = 'main'], $titles)[1])"/>
  </xsl:function>

  <!-- n:title-head($doc): the heading of the text that repeats its title (the first main head of
       the text, else its first head, whose words are the title's: a kicker above the title is a
       head type="sub" before it; or a Markdown source's title line: the title after an ATX
       heading's «#» or a front matter key «title:», which the header's title leaves out as
       nashr.convert.markdown.TITLE_MARKUP does), shown as the page's only title; empty if none does -->
  <xsl:function name="n:title-head" as="element()?">
    <xsl:param name="doc" as="node()"/>
    <!-- compared as a reader sees them (n:seen), in both readings of the head: a PDF's text layer
         wraps each line in U+202B…U+202C and writes presentation forms («ﻓﺼﻞ ۱», «ﻫﻮﺵ ﻣﺼﻨﻮﻋﻲ» with
         an Arabic yeh), which the header's title, taken from the normalised reading, leaves out -->
    <xsl:variable name="title" select="n:seen(n:title($doc))"/>
    <xsl:variable name="heads" select="root($doc)/tei:TEI/tei:text//tei:head"/>
    <!-- the normalised reading's text, a line break (lb) a space unless it breaks a word: a head
         over two lines whose readings differ («اسالمی» / «اسلامی») joined its lines' words -->
    <xsl:sequence select="($heads[@type = 'main'], $heads)[1][some $head in (n:seen(n:plain(.)), n:seen(normalize-space(string-join(
        .//(text() | tei:lb)[not(ancestor::tei:orig | ancestor::tei:sic | ancestor::tei:abbr | ancestor::tei:note)]
        ! (if (self::tei:lb) then (if (@break = 'no') then '' else ' ') else string(.)))))) satisfies
      ($head = $title or (ends-with($head, $title) and matches(substring($head, 1, string-length($head) - string-length($title)),
        '^(#{1,6}|title\s*[:=])\s*$', 'i'))) or n:title-lines(., $title)]"/>
  </xsl:function>

  <!-- n:title-under-fw($doc): the heading that repeats the title (n:title-head) when page
       furniture (fw) other than a periodical's masthead stands before it in the text: a web page
       copied whole, its site's name, menu and section labels above the headline, or a printout's
       running head (round 39: 303 of the collection's 767 texts open with furniture;
       corpus_sets.furniture_topped). The editions give such a title where a clean text's stands,
       an h1 above the text, and show the heading in its place as the copied page has it (class
       "title-in-place", no heading rank), so the title is a heading once and no line moves. Empty
       when no such furniture comes before the title heading, or there is none: a title under its
       periodical's masthead (fw type="masthead") is that issue's own layout, its heading the title -->
  <xsl:function name="n:title-under-fw" as="element()?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="n:title-head($doc)[preceding::tei:fw[not(@type = 'masthead')]]"/>
  </xsl:function>

  <!-- n:title-lines($head, $title): whether a heading's lines (at its lb, in the normalised
       reading) make the title as the header says it (nashr.convert.header._title): a line said
       within another line of it is said once, in the longer («بوف کور - صادق هدایت» over «بوف کور»);
       the title is the lines kept, in order, compared without spaces, ZWNJ and tatweel and with
       Arabic ي/ك as ی/ک. Each line is compared with the heading's other lines (a title's few lines). -->
  <xsl:function name="n:title-lines" as="xs:boolean">
    <xsl:param name="head" as="element()"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="lines" select="tokenize(string-join($head//(text() | tei:lb)
        [not(ancestor::tei:orig | ancestor::tei:sic | ancestor::tei:abbr | ancestor::tei:note)]
        ! (if (self::tei:lb) then '&#10;' else string(.))), '&#10;') ! n:title-key(.)[. ne '']"/>
    <xsl:variable name="kept" select="for $i in 1 to count($lines) return $lines[$i][not(some $j in 1 to count($lines)
        satisfies $j ne $i and contains($lines[$j], $lines[$i]) and ($lines[$j] ne $lines[$i] or $j lt $i))]"/>
    <xsl:sequence select="count($lines) gt 1 and string-join($kept) eq n:title-key($title)"/>
  </xsl:function>
  <xsl:function name="n:title-key" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="translate(replace(n:seen($text), '[\s&#x200C;&#x640;]', ''), 'يك', 'یک')"/>
  </xsl:function>

  <!-- n:said-again($node): a node of a heading that says the heading again, from the line break
       (lb) whose @copyOf points to the heading or to one of its lines on: a web page's title
       repeated by its content's heading, which nashr keeps as one title of two lines (the second
       an exact copy). The TEI keeps both; the editions show the heading once, as they do a
       hemistich separator (the copy hidden by the media's CSS, left out of n:plain). -->
  <xsl:function name="n:said-again" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="head" select="$node/parent::tei:head"/>
    <xsl:sequence select="exists($head) and (some $lb in ($node/self::tei:lb, $node/preceding-sibling::tei:lb)[@copyOf]
      satisfies substring-after($lb/@copyOf, '#') = ($head/@xml:id, $head/tei:lb/@xml:id))"/>
  </xsl:function>

  <!-- n:head-level($head): the rank of a heading (h1…h6) with no rank skipped (WCAG 2.2 technique
       G141; axe's heading-order): the heading that repeats the title is 1; a heading outside any
       div (a subtitle under the title) is 2; a div's heading is 1 + the number of divs it is in,
       one more when the text has headings outside its divs (those then rank above the divs').
       The headings outside divs are found by a key, once per document, not by a search per heading. -->
  <xsl:key name="n:loose-heads" match="tei:head[parent::tei:body | parent::tei:front | parent::tei:back]"
    use="generate-id(ancestor::tei:text[1])"/>
  <xsl:function name="n:head-level" as="xs:integer">
    <xsl:param name="head" as="element()"/>
    <xsl:variable name="title-head" select="n:title-head($head)"/>
    <xsl:variable name="loose" select="key('n:loose-heads', generate-id($head/ancestor::tei:text[1]), root($head)) except $title-head"/>
    <xsl:sequence select="if ($head is $title-head) then 1
      else min((1 + count($head/(ancestor::tei:div | ancestor::tei:div1 | ancestor::tei:div2 | ancestor::tei:div3
        | ancestor::tei:div4)) + (if (exists($loose)) then 1 else 0), 6))"/>
  </xsl:function>

  <!-- n:text-date($doc): the date the text was written or published: profileDesc/creation/date,
       else the source's imprint date; only dates with a normalised value (att.datable) -->
  <xsl:function name="n:text-date" as="element()?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="h" select="root($doc)/tei:TEI/tei:teiHeader"/>
    <xsl:sequence select="($h/tei:profileDesc/tei:creation/tei:date, $h/tei:fileDesc/tei:sourceDesc//tei:imprint/tei:date,
      $h/tei:fileDesc/tei:sourceDesc//tei:date)[@when or @from or @notBefore or @to or @notAfter][1]"/>
  </xsl:function>

  <!-- n:stem($doc): the file stem of a TEI document (its file name without .xml) -->
  <xsl:function name="n:stem" as="xs:string">
    <xsl:param name="doc" as="node()?"/>
    <xsl:sequence select="if (empty($doc)) then '' else
      replace(tokenize(string(base-uri(root($doc))), '/')[last()], '\.xml$', '')"/>
  </xsl:function>

  <!-- n:sort-key($doc, $stem): the text's place in the edition, the same on the site and in the
       volume: dated texts first, by their date (ISO 8601 sorts as text), then by file stem with its
       numbers in numeric order (a batch of numbered pages: «ghazal-64» before «ghazal-120», each
       run of digits padded to ten), then by the stem as it is. Compare keys by code point. -->
  <xsl:function name="n:sort-key" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="stem" as="xs:string"/>
    <xsl:variable name="date" select="n:text-date($doc)"/>
    <xsl:variable name="numbered" select="string-join(analyze-string($stem, '[0-9]+')/*
      ! (if (self::fn:match) then substring('0000000000', string-length(.) + 1) || . else string(.)))"/>
    <xsl:sequence select="(if (empty($date)) then '1' else '0') || ' '
      || string(($date/@when, $date/@from, $date/@notBefore, $date/@to, $date/@notAfter)[1]) || ' ' || $numbered || ' ' || $stem"/>
  </xsl:function>

  <!-- n:is-whole-reading($choice): the choice is the whole of its block or hemistich, line by
       line (nothing beside it but other choices, spaces, and the lines a paragraph running over a
       page holds: line and page breaks, furniture, notes): a PDF's text layer, whose every line
       nashr normalises (presentation forms, bidi controls). Marking it marks nothing: the reading
       toggle says the text has two readings. -->
  <xsl:function name="n:is-whole-reading" as="xs:boolean">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="every $node in $choice/../node() satisfies
      ($node/(self::tei:choice | self::tei:lb | self::tei:pb | self::tei:cb | self::tei:fw | self::tei:note)
        or $node/self::text()[not(normalize-space())])"/>
  </xsl:function>

  <!-- ===== lists ===== -->

  <!-- n:marked-in-text($item): the item begins with its own marker, kept in the text for fidelity
       (nashr.convert keeps every source character; an item's @n is read from such a marker): a
       number («۱.», «(2)», «.۱» as a PDF's text layer has it), a label in brackets («(اولاً)»,
       «(الف)», «)آ(» reversed by a text layer), one to three letters and a bracket, colon or dash
       («الف)», «ب -», «ج :»), an ordinal adverb and a separator («ثانیاً -»), a word and a number
       («ماده ۱)», «غزل ۲:») or a bullet («- », «•», «*», a kashida «ـ»); bidi controls and spaces
       before it are passed over. A list all of whose items are marked gets no second marker. -->
  <xsl:variable name="n:item-marker" as="xs:string" select="'^([(.]?\p{Nd}|[(\[][^()\[\]]{1,12}[)\]]|\)[^()]{1,12}\(|\p{L}{1,3}\s?[):\-–]|\p{L}+ا\p{M}\s?[):\-–]|\p{L}+\s?[()\[\]]?\p{Nd}|[\-–—•·*▪●○◦■□►ـ])'"/>
  <xsl:function name="n:marked-in-text" as="xs:boolean">
    <xsl:param name="item" as="element()"/>
    <xsl:sequence select="matches(normalize-space(replace(n:plain($item/node()), $n:bidi-controls, '')), $n:item-marker)"/>
  </xsl:function>

  <!-- ===== verse ===== -->

  <!-- n:hemistichs($l): the content of each hemistich of a bayt (TEI Guidelines 6.2): the nodes
       between caesura elements, else each seg type="hemistich" with what follows it (nodes before
       the first one go with it), so no character of the line is left out -->
  <xsl:function name="n:hemistichs" as="array(node()*)">
    <xsl:param name="l" as="element()"/>
    <xsl:variable name="starts" select="if ($l/tei:caesura) then $l/tei:caesura
      else if (n:is-seg-bayt($l)) then $l/tei:seg[2]
      else $l/tei:seg[@type = 'hemistich'][position() gt 1]"/>
    <xsl:variable name="halves" as="array(node()*)*">
      <xsl:for-each-group select="$l/node()" group-starting-with="$starts">
        <xsl:sequence select="[current-group()]"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:sequence select="array:join($halves)"/>
  </xsl:function>

  <!-- n:bayt-glosses($l): the glosses of a whole bayt (seg type="gloss", a line of another script under
       it: its transliteration or translation, nashr.convert.gloss): in a line of two hemistichs or more
       with no gloss before its last hemistich, the glosses after it (a gloss right after a hemistich
       glosses that hemistich, and stays in its half: n:hemistichs) -->
  <xsl:function name="n:bayt-glosses" as="element(tei:seg)*">
    <xsl:param name="l" as="element()"/>
    <xsl:variable name="glosses" select="$l/tei:seg[@type = 'gloss']"/>
    <xsl:sequence select="if (exists($glosses) and array:size(n:hemistichs($l)) gt 1
      and empty($glosses[following-sibling::tei:seg[@type = 'hemistich'] or following-sibling::tei:caesura])) then $glosses else ()"/>
  </xsl:function>

  <!-- n:is-refrain($l): a line of verse its poem repeats (one l of the same lg points to the other
       with @copyOf, which nashr.convert writes on an exact repeat): a tarjiʿ-band's refrain bayt,
       said after every band, or a mosammat's repeated line. The source's blank lines between the
       bands are often missing (one lg), so the media set a band's end after each refrain. Found
       by keys, not by a search of the poem for each line. -->
  <xsl:key name="n:copies" match="tei:l[@copyOf]" use="substring-after(@copyOf, '#')"/>
  <xsl:function name="n:is-refrain" as="xs:boolean">
    <xsl:param name="l" as="element()"/>
    <xsl:sequence select="exists(key('n:copies', string($l/@xml:id), root($l))[.. is $l/..])
      or exists($l/@copyOf ! key('n:entry', substring-after(., '#'), root($l))[.. is $l/..])"/>
  </xsl:function>

  <!-- n:is-seg-bayt($l): a line of right-to-left verse made of two seg and nothing else: its two
       hemistichs, as Persian and Arabic verse is often encoded without @type (the Perseus and
       farsiLit divans: l/seg[1], l/seg[2]) -->
  <xsl:function name="n:is-seg-bayt" as="xs:boolean">
    <xsl:param name="l" as="element()"/>
    <xsl:sequence select="count($l/tei:seg) = 2 and empty($l/*[not(self::tei:seg)])
      and empty($l/text()[normalize-space()]) and empty($l/tei:seg/@type[. ne 'hemistich'])
      and n:dir(n:lang($l)) = 'rtl'"/>
  </xsl:function>

  <!-- ===== direction of unmarked text ===== -->

  <!-- n:auto-dir($text): 'ltr' or 'rtl' by the first strong letter of $text (the rule of HTML
       dir="auto", Unicode UAX #9 P2–P3; right-to-left letters: Hebrew, Arabic, Syriac, Thaana,
       N'Ko …, U+0590–U+08FF, and the Hebrew and Arabic presentation forms), for text without @xml:lang whose language may differ
       from its context (an English note in a Persian text); '' with no letter -->
  <xsl:function name="n:auto-dir" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:variable name="first" select="replace(string($text), '^[^\p{L}]*(\p{L}).*$', '$1', 's')"/>
    <xsl:sequence select="if (not(matches($first, '^\p{L}$'))) then ''
      else if (matches($first, '[&#x590;-&#x8FF;&#xFB1D;-&#xFDFF;&#xFE70;-&#xFEFF;]'))
      then 'rtl' else 'ltr'"/>
  </xsl:function>

  <!-- n:own-dir($el): dir for an element without @xml:lang whose text runs in the other direction
       than its context's language (n:auto-dir of its text), else () -->
  <xsl:function name="n:own-dir" as="attribute()?">
    <xsl:param name="el" as="element()"/>
    <xsl:variable name="dir" select="n:auto-dir(n:plain($el/node()))"/>
    <xsl:if test="not($el/@xml:lang) and $dir ne '' and $dir ne n:dir(n:lang($el))">
      <xsl:attribute name="dir" select="$dir"/>
    </xsl:if>
  </xsl:function>

  <!-- n:script-dir($text): the direction of the script most words of $text are in: 'rtl' when
       words opening with a right-to-left letter (as for n:auto-dir) outnumber those opening with
       another letter, 'ltr' when these outnumber them, '' on a tie or without letters. Words, not
       letters: an address, an identifier or a code word counts once («### سافاری و سایر مرورگر ها
       {/*safari-and-other-browsers*/}», «[نصب برای Chrome](https://chrome.google.com/…)» are Persian).
       For a line's own direction: a Persian title opening with a Latin word («GNU/Linux چیست»)
       stays right to left, which dir="auto" (the first strong letter) would turn; a site's English
       banner («Wikipedia, the free encyclopedia») or a code fence («```bash») runs left to right. -->
  <xsl:function name="n:script-dir" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:variable name="words" select="tokenize(string($text), '\s+')[matches(., '\p{L}')]"/>
    <xsl:variable name="rtl" select="count($words[matches(., '^\P{L}*[&#x590;-&#x8FF;&#xFB1D;-&#xFDFF;&#xFE70;-&#xFEFF;]')])"/>
    <xsl:variable name="ltr" select="count($words) - $rtl"/>
    <xsl:sequence select="if ($rtl gt $ltr) then 'rtl' else if ($ltr gt $rtl) then 'ltr' else ''"/>
  </xsl:function>

  <!-- n:script-dir($text, $outer): dir for $text when most of its words are in a script of the
       other direction than $outer ('ltr' or 'rtl': its context's; n:script-dir), else () -->
  <xsl:function name="n:script-dir" as="attribute()?">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:param name="outer" as="xs:string"/>
    <xsl:variable name="dir" select="n:script-dir($text)"/>
    <xsl:if test="$dir ne '' and $dir ne $outer"><xsl:attribute name="dir" select="$dir"/></xsl:if>
  </xsl:function>

  <!-- n:block-dir($el): dir for a block of the text without @xml:lang whose own words (not those of
       a block inside it: page furniture met inside a paragraph running on; nor those of a child in a
       language of its own: a hemistich's transliteration, n:bayt-glosses) are mostly in a script of
       the other direction than its language (n:script-dir), else () -->
  <xsl:function name="n:block-dir" as="attribute()?">
    <xsl:param name="el" as="element()"/>
    <xsl:if test="not($el/@xml:lang) and n:is-block-unit($el) and exists($el/ancestor::tei:text) and empty($el/ancestor::tei:note)">
      <xsl:sequence select="n:script-dir(n:plain($el/node()[not(self::*[n:is-block-unit(.) or @xml:lang])]), n:dir(n:lang($el)))"/>
    </xsl:if>
  </xsl:function>

  <!-- ===== blocks and notes ===== -->

  <!-- the elements that hold a text's running words, one block each (paragraph, line of verse,
       list item, heading …); a leaf block is one of them with no other inside it -->
  <xsl:variable name="n:leaf-block-names" as="xs:string+" select="('p', 'ab', 'head', 'l', 'item', 'dateline', 'salute',
    'signed', 'trailer', 'byline', 'fw', 'cell', 'docTitle', 'titlePart', 'docDate', 'docAuthor', 'addrLine', 'speaker')"/>

  <!-- n:is-leaf-block($el): $el is a leaf block of the text (not of its header, not in a note);
       an lg type="bayt" of two l (n:is-bayt-of-lines) is one block, its l its hemistichs -->
  <xsl:function name="n:is-leaf-block" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="n:is-block-unit($el) and exists($el/ancestor::tei:text)
      and empty($el/ancestor::tei:note) and empty($el//*[n:is-block-unit(.)])"/>
  </xsl:function>
  <xsl:function name="n:is-block-unit" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="if ($el/self::tei:lg) then n:is-bayt-of-lines($el)
      else local-name($el) = $n:leaf-block-names and not($el/parent::tei:lg[n:is-bayt-of-lines(.)])"/>
  </xsl:function>

  <!-- n:block-cert($el): how sure the conversion was of a leaf block's role: the lowest @cert
       ('low', then 'medium') of the block and the line breaks in it (a hard-wrapped line joined
       to it is a guess too; TEI Guidelines 21.1.2 att.global.responsibility); '' when neither -->
  <xsl:function name="n:block-cert" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:variable name="certs" select="($el/@cert, $el//tei:lb[not(ancestor::tei:note except $el/ancestor-or-self::tei:note)]/@cert) ! string()"/>
    <xsl:sequence select="(('low', 'medium')[. = $certs], '')[1]"/>
  </xsl:function>

  <!-- n:text-certs($text): n:block-cert of each block a text page marks (its leaf blocks and the
       notes standing as blocks), in document order ('' for those nashr was sure of) -->
  <xsl:function name="n:text-certs" as="xs:string*">
    <xsl:param name="text" as="element()?"/>
    <xsl:sequence select="$text//*[n:is-leaf-block(.) or self::tei:note[n:is-block-note(.)]] ! n:block-cert(.)"/>
  </xsl:function>

  <!-- n:is-bayt-of-lines($lg): an lg type="bayt" whose two l are its hemistichs -->
  <xsl:function name="n:is-bayt-of-lines" as="xs:boolean">
    <xsl:param name="lg" as="element()"/>
    <xsl:sequence select="$lg/@type = 'bayt' and count($lg/tei:l) = 2 and empty($lg/tei:l/(tei:seg[@type = 'hemistich'] | tei:caesura))"/>
  </xsl:function>

  <!-- the containers of a text's blocks (TEI Guidelines 4: text structure; 6 verse; 7 speeches;
       4.4 a letter's opener, closer and postscript) -->
  <xsl:variable name="n:container-names" as="xs:string+" select="('text', 'front', 'body', 'back', 'group',
    'div', 'div1', 'div2', 'div3', 'div4', 'lg', 'sp', 'opener', 'closer', 'postscript', 'argument',
    'epigraph', 'floatingText', 'list', 'listBibl')"/>

  <!-- n:is-block-note($note): a note standing between a text's blocks, as a line of its own (an
       archive's note above or under a letter, a text's footnotes gathered after it), not anchored
       in running words: it is shown where it stands, as a block, with no call and no number; a
       note inside a paragraph, line or heading is a footnote (TEI Guidelines 3.9.1) -->
  <xsl:function name="n:is-block-note" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="exists($note/self::tei:note/ancestor::tei:text) and local-name($note/..) = $n:container-names"/>
  </xsl:function>

  <!-- the footnotes of a text (its notes anchored in running words) counted in document order,
       in one pass (an accumulator, not a count of the preceding notes for each) -->
  <xsl:accumulator name="n:notes" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text//tei:note[not(n:is-block-note(.))]" phase="start" select="$value + 1"/>
  </xsl:accumulator>

  <!-- n:note-index($note): a footnote's number among the footnotes of its text (1, 2 …) -->
  <xsl:function name="n:note-index" as="xs:integer">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="$note/accumulator-before('n:notes')"/>
  </xsl:function>

  <!-- n:note-number($note): its number as the reader sees it (UI digits) -->
  <xsl:function name="n:note-number" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="n:digits(string(n:note-index($note)))"/>
  </xsl:function>

  <!-- n:after-note($note): the note follows another with nothing but space between: its call is
       set apart (two calls «۱۲» would read as one number) -->
  <xsl:function name="n:after-note" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="exists($note/preceding-sibling::node()[not(self::text()[not(normalize-space())])][1][self::tei:note])"/>
  </xsl:function>

  <!-- ===== plain text ===== -->

  <!-- the bidi controls (Unicode's Bidi_Control: ALM, LRM, RLM, LRE…RLO, LRI…PDI): formatting, not letters -->
  <xsl:variable name="n:bidi-controls" as="xs:string" select="'[&#x61C;&#x200E;&#x200F;&#x202A;-&#x202E;&#x2066;-&#x2069;]'"/>

  <!-- n:seen($text): text as a reader sees it, for comparing and sorting names: without bidi
       controls, presentation forms as the letters they are (NFKC; a name accepted from a PDF's text
       layer, «ﻟﺮﺳﺘﺎﻥ», sorted after every other and was listed beside «لرستان» as another form) -->
  <xsl:function name="n:seen" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="normalize-unicode(replace($text, $n:bidi-controls, ''), 'NFKC')"/>
  </xsl:function>

  <!-- Letters of the Persian alphabet in dictionary order. n:name-key maps them onto ascending
       code points, so that code-point collation sorts Persian names (SaxonC-HE has no Persian
       tailoring of the Unicode Collation Algorithm: lang="fa" sorts ی before پ, and گ after ن). -->
  <xsl:variable name="n:fa-alphabet" as="xs:string" select="'آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی'"/>
  <xsl:variable name="n:key-alphabet" as="xs:string"
      select="codepoints-to-string(for $i in 1 to string-length($n:fa-alphabet) return 256 + $i)"/>

  <!-- n:name-key($name): the sort key of a name in Persian alphabetical order, the same for the
       register pages and the printed index: as a reader sees it (n:seen), Arabic ي ك ى ة read as
       ی ک ی ه, hamza carriers as their base letter, ZWNJ and tatweel dropped, then letters mapped
       for code-point order. -->
  <xsl:function name="n:name-key" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="persian" select="translate(normalize-space(n:seen($name)),
        'يكىةأإؤئۀ&#x200C;&#x0640;', 'یکیهااویه')"/>
    <xsl:sequence select="translate($persian, $n:fa-alphabet, $n:key-alphabet)"/>
  </xsl:function>

  <!-- n:plain($nodes): the diplomatic text of TEI content as one normalised-space string (orig and
       sic read, reg, corr and note skipped, an lb and a caesura a space), for titles, <title> and index labels. -->
  <xsl:function name="n:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="n:plain"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($text))"/>
  </xsl:function>
  <xsl:template match="tei:reg | tei:corr | tei:note | tei:choice/tei:expan" mode="n:plain"/>
  <xsl:template match="tei:head/node()[n:said-again(.)]" mode="n:plain" priority="1"/>
  <!-- a line break of the source is a space between its words, unless it breaks a word -->
  <xsl:template match="tei:lb[not(@break = 'no')]" mode="n:plain"><xsl:text> </xsl:text></xsl:template>
  <!-- the break between two hemistichs (a source with a hemistich per line has no space there:
       «…آدم را» + «از نور…» would read «رااز») -->
  <xsl:template match="tei:caesura" mode="n:plain"><xsl:text> </xsl:text></xsl:template>
  <!-- a gloss (a line of its own in the source) between spaces: its first word and the hemistich's last are two -->
  <xsl:template match="tei:seg[@type = 'gloss']" mode="n:plain">
    <xsl:text> </xsl:text><xsl:apply-templates mode="n:plain"/><xsl:text> </xsl:text>
  </xsl:template>
  <xsl:template match="text()" mode="n:plain"><xsl:value-of select="."/></xsl:template>
</xsl:stylesheet>
