<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr metadata: the edition's DataCite record (datacite.xsl) → Zenodo deposit metadata
  (the "metadata" object of Zenodo's deposition API, also read from .zenodo.json), as a JSON
  object. A crosswalk from DataCite rather than a second mapping from the TEI, so the two
  cannot disagree. nashr.deposit.metadata re-serialises the result with sorted keys.

  Zenodo field ← DataCite:
    title                 title without titleType (Zenodo's deposit metadata has one title)
    creators[].name       creatorName
    description           description (Abstract)
    publication_date      date[@dateType='Issued']
    upload_type           "publication", publication_type "other" (a TEI edition is text)
    access_right          "open" (the licence is an open licence: nashr's default CC BY 4.0)
    license               rightsIdentifier, lower case (Zenodo's licence ids, e.g. cc-by-4.0)
    keywords              subjects
    language              language as ISO 639-3 (nm:iso639-3)
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:nm="urn:nashr:metadata"
  xmlns:dc4="http://datacite.org/schema/kernel-4"
  exclude-result-prefixes="#all">

  <xsl:include href="functions.xsl"/>

  <xsl:output method="json" encoding="UTF-8"/>

  <xsl:template match="/dc4:resource">
    <xsl:variable name="licence" select="dc4:rightsList/dc4:rights[1]/@rightsIdentifier"/>
    <xsl:sequence select="map:merge((
      map {
        'title': string(dc4:titles/dc4:title[not(@titleType)][1]),
        'creators': array { dc4:creators/dc4:creator ! map { 'name': string(dc4:creatorName) } },
        'description': string(dc4:descriptions/dc4:description[@descriptionType = 'Abstract'][1]),
        'publication_date': string(dc4:dates/dc4:date[@dateType = 'Issued']),
        'upload_type': 'publication',
        'publication_type': 'other',
        'access_right': 'open',
        'keywords': array { dc4:subjects/dc4:subject ! string(.) },
        'language': nm:iso639-3(string(dc4:language))
      },
      if ($licence) then map { 'license': lower-case($licence) } else ()
    ))" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:template>
</xsl:stylesheet>
