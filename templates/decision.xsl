<?xml version="1.0" encoding="UTF-8"?>
<!-- Quyết định khen thưởng: the power holder's line, Căn cứ in italics, "QUYẾT ĐỊNH:", Điều 1..n,
     signature and Nơi nhận; the list of recipients follows as an annex in its own page-sequence,
     so its pages are numbered on their own (NĐ 30: each appendix is numbered separately).
     force-page-count="no-force" everywhere: the default ("auto") pads the decision to an even page
     count because the annex restarts at page 1, which printed an empty page 2. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:template match="/document">
    <fo:root xsl:use-attribute-sets="document-font">
      <xsl:call-template name="layout-masters"/>
      <xsl:call-template name="declarations"/>
      <fo:page-sequence force-page-count="no-force" master-reference="portrait">
        <xsl:call-template name="page-number"/>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="letterhead"/>
          <xsl:call-template name="type-and-subject"/>
          <fo:block xsl:use-attribute-sets="centered-heading"><xsl:value-of select="power-holder"/></fo:block>
          <xsl:for-each select="bases/basis">
            <fo:block xsl:use-attribute-sets="body-text" font-style="italic"><xsl:value-of select="."/></fo:block>
          </xsl:for-each>
          <fo:block xsl:use-attribute-sets="centered-heading">QUYẾT ĐỊNH:</fo:block>
          <xsl:for-each select="articles/p">
            <fo:block xsl:use-attribute-sets="body-text">
              <fo:inline font-weight="bold">Điều <xsl:value-of select="position()"/>.</fo:inline>
              <xsl:text> </xsl:text><xsl:value-of select="."/>
            </fo:block>
          </xsl:for-each>
          <xsl:call-template name="signature-and-recipients"/>
        </fo:flow>
      </fo:page-sequence>
      <xsl:apply-templates select="annex"/>
    </fo:root>
  </xsl:template>

  <xsl:template match="annex">
    <fo:page-sequence force-page-count="no-force" master-reference="portrait" initial-page-number="1">
      <xsl:call-template name="page-number"/>
      <fo:flow flow-name="xsl-region-body">
        <fo:block xsl:use-attribute-sets="trich-yeu"><xsl:value-of select="title"/></fo:block>
        <fo:block font-size="14pt" font-style="italic" text-align="center"><xsl:value-of select="reference"/></fo:block>
        <xsl:call-template name="rule">
          <xsl:with-param name="length-pt" select="$body-width-pt div 3"/>
          <xsl:with-param name="space-before" select="'3pt'"/>
        </xsl:call-template>
        <xsl:for-each select="group">
          <xsl:call-template name="section-heading"><xsl:with-param name="text" select="heading"/></xsl:call-template>
          <xsl:call-template name="nominee-table">
            <xsl:with-param name="nominees" select="entries/nominee"/>
            <xsl:with-param name="name-label" select="'Tập thể, cá nhân'"/>
            <xsl:with-param name="with-award" select="true()"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:if test="total">
          <fo:block xsl:use-attribute-sets="body-text" font-weight="bold" space-before="6pt" keep-with-previous.within-page="always">Tổng số tiền thưởng: <xsl:value-of select="total"/>.</fo:block>
        </xsl:if>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>
</xsl:stylesheet>
