<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr common: the ONE mapping of TEI elements to behaviours, shared by the HTML edition
  (xslt/html/) and the print edition (xslt/print/). Import it (xsl:import, so a medium's own
  templates win) and override behaviours, never the mapping:

      <xsl:import href="../common/common.xsl"/>

  Modelled on the TEI Processing Model (TEI Guidelines 22.5.4 "Model"; eeditiones tei-publisher):
  the mapping (mapping.xsl, mode n:text) says WHAT each TEI element is, as a call of a named
  behaviour; a medium says HOW by overriding the behaviour templates (defaults in behaviours.xsl). The defaults write
  plain HTML5 that both media can use as is.

  Namespaces: tei = http://www.tei-c.org/ns/1.0, n = urn:nashr:xslt (functions, modes,
  behaviours), m = urn:nashr:messages (messages.xml).

  STABLE API (do not rename; add, don't change)
  ============================================
  Global parameters (no namespace; set from Python with set_parameter or overridden by importers):
    ui-lang    xs:string           'fa' | 'en': language of UI messages and digits. Default 'fa'.
    messages   document-node()     the UI messages. Default doc('messages.xml') next to this file.
    registers  document-node()*    TEI register documents (listPerson, listOrg, listPlace with
                                   @xml:id entries). Default (): names then come from the text.
    default-reading xs:string      'diplomatic' | 'normalised': the reading of a choice shown
                                   first, the same in HTML and print. Default 'normalised': the
                                   corrected and regularised text (a PDF extraction's readable
                                   form); the source's own form is one button (HTML) or a
                                   footnote (PDF) away.

  Modes:
    n:text     TEI content of <text> (and header prose such as editorialDecl/p) → HTML5 flow
               and phrasing content. Apply it to tei:text, tei:body, or any element inside.
    n:plain    TEI → its diplomatic text (text nodes; reg, corr, note skipped); use n:plain().

  Behaviours: named templates, context item = the TEI element being rendered. Each writes its
  HTML element with the n:attributes (id from @xml:id, class, lang/dir) and its content by
  <xsl:apply-templates mode="n:text"/>. Parameters (all optional):
    n:block        $tag='div' $class   a block (p, ab, fw, dateline, closer, trailer, div …)
    n:paragraph    $tag='p'  $class    a paragraph (p, ab): the unit that gets a permalink
    n:heading      $level=2  $class    head → h{level}, level n:head-level() (no rank skipped)
    n:list         $tag='ul'|'ol' $class
    n:list-item    $class              item → li (value from @n when numeric)
    n:inline       $tag='span' $class  hi, seg, title, foreign, q, unknown elements …
    n:entity       $register $key $class   persName/orgName/placeName/rs/name with @ref;
                                       $register = 'persons'|'orgs'|'places' (n:register()),
                                       $key = entry id (n:ref-key()).
    n:date         $class              date/time with att.datable; both calendars: n:date-both()
    n:number       $class              num (value in @value)
    n:alternate    $diplomatic $normalised (element()*) $kind = 'sic'|'orig'|'abbr' —
                                       choice; diplomatic = sic/orig/abbr, normalised = corr/reg/expan
    n:note         $class              note (footnotes with a numbered call in both media)
    n:bayt         $halves (array(node()*)) $glosses (element()*) $class   a line of verse of two (or more)
                                       hemistichs (each a span.hemistich: n:hemistich-cells), then the
                                       glosses of the whole bayt (n:bayt-glosses) under both
    n:caesura-mark                     the source's separator after a caesura («/»): span.caesura-mark,
                                       hidden by the media's CSS
    n:listing      $class              eg (a code listing) → pre dir="ltr" with code; its lb are
                                       n:break 'preformatted' (a line feed)
  Named templates for data the editions write themselves: n:parts ($parts, $separator: strings
  each isolated in a bdi) and n:credit ($name, $role: a credit set in its own direction).
    n:break        $kind='line'|'page'|'column'|'wrap'|'joined'|'preformatted'   lb, pb, cb; 'wrap'
                                       and 'joined' are source line ends inside prose (a space /
                                       nothing), 'preformatted' one inside a listing (a line feed)
    n:link         $href $class        ref/ptr with @target
    n:gap          $class              gap (no content in the source)
  Not behaviours: the mapping drops ODD specifications (schemaSpec, elementSpec …) and writes
  gi/att/val/ident/tag/code as <code dir="ltr">, egXML as <pre>, so an ODD's prose renders too.
  Helpers: n:attributes (template: id/class/lang/dir attributes, param $class),
           n:id($element) (function: HTML id of an element: its @xml:id, else
           "{nearest ancestor @xml:id}.{local-name}{N}", the same on every build).
  Lists whose items carry their own marker in the text («۱. …», «(اولاً) …», «- …»: n:marked-in-text)
  get class "marked-in-text": do not add a second number or bullet.

  Functions (functions.xsl): n:msg($key), n:msg($key, $args), n:msg-in($key, $lang), n:has-msg($key), n:digits($s),
  n:lang($node), n:dir($lang), n:auto-dir($text), n:own-dir($el), n:script-dir($text), n:block-dir($el), n:lang-attributes($el), n:lang-attributes($node, $outer-lang),
  n:title($doc), n:title-head($doc), n:title-under-fw($doc), n:head-level($head), n:stem($doc), n:text-date($doc), n:sort-key($doc, $stem), n:hemistichs($l), n:bayt-glosses($l), n:is-refrain($l),
  n:ref-key($ref), n:register($entity), n:register-entry($key), n:entry-name($entry, $fallback),
  n:jalali($xs:date) (public), n:format-date($iso, $calendar) (public), n:date-in($date,
  $calendar), n:date-both($date), n:afghan-months($date), n:plain($nodes), n:said-again($node), n:seen($text), n:name-key($name), n:marked-in-text($item), n:is-whole-reading($choice).
  Variable n:registers = ('persons', 'orgs', 'places').
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:n="urn:nashr:xslt"
  exclude-result-prefixes="#all">

  <xsl:param name="ui-lang" as="xs:string" select="'fa'"/>
  <xsl:param name="messages" as="document-node()" select="doc('messages.xml')"/>
  <xsl:param name="registers" as="document-node()*" select="()"/>
  <!-- the reading shown first where a text has a choice (TEI Guidelines 11.3.1 / 3.5):
       'diplomatic' (sic, orig, abbr: the source as written) or 'normalised' (corr, reg, expan).
       HTML shows it first and offers the other with its toggle; print prints it and gives a
       correction's other reading in a footnote. Declared in nashr.odd. -->
  <xsl:param name="default-reading" as="xs:string" select="'normalised'"/>

  <xsl:include href="functions.xsl"/>
  <xsl:include href="behaviours.xsl"/>
  <xsl:include href="mapping.xsl"/>
</xsl:stylesheet>
