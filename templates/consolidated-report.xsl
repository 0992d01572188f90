<?xml version="1.0" encoding="UTF-8"?>
<!-- The ward's consolidated Báo cáo: introduction, "I." the table of every target with its
     verdict, then the report's own sections (numbered from "II." in the data). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:template match="/document" mode="body">
        <xsl:call-template name="addressees"/>
        <xsl:apply-templates select="introduction/p"/>
        <xsl:call-template name="section-heading"><xsl:with-param name="text" select="'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA'"/></xsl:call-template>
        <xsl:choose>
          <!-- A plan without numeric targets (e.g. Hà Đông's) is assessed from the units' narratives. -->
          <xsl:when test="summary/@total = 0">
            <fo:block xsl:use-attribute-sets="body-text">Kế hoạch không giao chỉ tiêu định lượng; kết quả được đánh giá qua báo cáo của các cơ quan, đơn vị như dưới đây.</fo:block>
          </xsl:when>
          <xsl:otherwise>
            <fo:block xsl:use-attribute-sets="body-text" keep-with-next.within-page="always">Có <xsl:value-of select="format-number(summary/@achieved, '00')"/>/<xsl:value-of select="format-number(summary/@total, '00')"/> chỉ tiêu đạt và vượt, <xsl:value-of select="format-number(summary/@total - summary/@achieved, '00')"/> chỉ tiêu chưa đạt; kết quả cụ thể như sau:</fo:block>
            <xsl:call-template name="results-table"><xsl:with-param name="with-verdict" select="true()"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:apply-templates select="body/section"/>
  </xsl:template>
</xsl:stylesheet>
