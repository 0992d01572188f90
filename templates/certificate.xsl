<?xml version="1.0" encoding="UTF-8"?>
<!-- A certificate of the chairman's award, A4 landscape (NĐ 98/2023 Điều 104 layout): Quốc hiệu,
     Tiêu ngữ, the decider's title in red, "TẶNG GIẤY KHEN" (the award in red) or "TẶNG DANH HIỆU"
     with the title in red (BRIEF §2), recipient and achievement; bottom left the decision
     number and date and the số sổ vàng, bottom right place, date, title and signer. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:variable name="red">#C00000</xsl:variable>

  <xsl:template match="/document">
    <fo:root xsl:use-attribute-sets="document-font">
      <xsl:call-template name="layout-masters"/>
      <xsl:call-template name="declarations"/>
      <fo:page-sequence force-page-count="no-force" master-reference="landscape">
        <fo:flow flow-name="xsl-region-body">
          <fo:block-container border="3pt double {$red}" padding="8mm 12mm" height="160mm">
            <fo:block font-size="14pt" font-weight="bold" text-align="center">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</fo:block>
            <fo:block font-size="15pt" font-weight="bold" text-align="center"><xsl:value-of select="header/motto"/></fo:block>
            <xsl:call-template name="rule">
              <xsl:with-param name="length-pt" select="header/motto/@em * 15"/>
            </xsl:call-template>
            <fo:block font-size="16pt" font-weight="bold" color="{$red}" text-align="center" space-before="14pt"><xsl:value-of select="power-holder"/></fo:block>
            <xsl:choose>
              <xsl:when test="award/@honorific = 'true'">
                <fo:block font-size="18pt" font-weight="bold" text-align="center" space-before="10pt">TẶNG DANH HIỆU</fo:block>
                <fo:block font-size="30pt" font-weight="bold" color="{$red}" text-align="center" space-before="4pt" line-height="1.1"><xsl:value-of select="award"/></fo:block>
              </xsl:when>
              <xsl:otherwise>
                <fo:block font-size="36pt" font-weight="bold" text-align="center" space-before="10pt" line-height="1.1">TẶNG <fo:inline color="{$red}"><xsl:value-of select="award"/></fo:inline></fo:block>
              </xsl:otherwise>
            </xsl:choose>
            <fo:block font-size="22pt" font-weight="bold" text-align="center" space-before="10pt"><xsl:value-of select="recipient"/></fo:block>
            <xsl:for-each select="recipient-detail">
              <fo:block font-size="15pt" text-align="center" space-before="2pt"><xsl:value-of select="."/></fo:block>
            </xsl:for-each>
            <fo:block font-size="15pt" font-style="italic" text-align="center" space-before="10pt"
                      start-indent="20mm" end-indent="20mm"><xsl:value-of select="achievement"/></fo:block>
            <fo:table table-layout="fixed" width="100%" space-before="14pt">
              <fo:table-column column-width="proportional-column-width(1)"/>
              <fo:table-column column-width="proportional-column-width(1)"/>
              <fo:table-body>
                <fo:table-row>
                  <fo:table-cell display-align="after">
                    <fo:block font-size="13pt"><xsl:value-of select="decision"/></fo:block>
                    <fo:block font-size="13pt"><xsl:value-of select="gold-book"/></fo:block>
                  </fo:table-cell>
                  <fo:table-cell>
                    <fo:block font-size="14pt" font-style="italic" text-align="center"><xsl:value-of select="header/place-date"/></fo:block>
                    <xsl:for-each select="signature/authority">
                      <fo:block xsl:use-attribute-sets="signature-title"><xsl:value-of select="."/></fo:block>
                    </xsl:for-each>
                    <fo:block xsl:use-attribute-sets="signature-title"><xsl:value-of select="signature/title"/></fo:block>
                    <!-- The name alone on its line: the signature image is placed between title and name. -->
                    <fo:block xsl:use-attribute-sets="signature-title" space-before="25mm" space-before.conditionality="retain"><xsl:choose>
                        <xsl:when test="signature/signer"><xsl:value-of select="signature/signer"/></xsl:when>
                        <xsl:otherwise>&#160;</xsl:otherwise>
                      </xsl:choose></fo:block>
                  </fo:table-cell>
                </fo:table-row>
              </fo:table-body>
            </fo:table>
          </fo:block-container>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>
</xsl:stylesheet>
