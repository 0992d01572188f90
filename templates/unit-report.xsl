<?xml version="1.0" encoding="UTF-8"?>
<!-- Báo cáo of a unit: launch (I), a value per target (II), examples (III), difficulties (IV),
     proposals (V). The headings are the report's fixed form; the text is the unit's. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:template match="/document" mode="body">
        <xsl:call-template name="addressees"/>
        <xsl:call-template name="section-heading"><xsl:with-param name="text" select="'I. CÔNG TÁC TRIỂN KHAI, PHÁT ĐỘNG ĐỢT THI ĐUA'"/></xsl:call-template>
        <fo:block xsl:use-attribute-sets="body-text">- Thời gian phát động: ngày <xsl:value-of select="launch/date"/>.</fo:block>
        <fo:block xsl:use-attribute-sets="body-text">- Hình thức phát động: <xsl:value-of select="launch/form"/>.</fo:block>
        <xsl:for-each select="launch/participants">
          <fo:block xsl:use-attribute-sets="body-text">- Thành phần tham gia: <xsl:value-of select="."/>.</fo:block>
        </xsl:for-each>
        <xsl:for-each select="launch/theme">
          <fo:block xsl:use-attribute-sets="body-text">- Chủ đề thi đua của đơn vị: “<xsl:value-of select="."/>”.</fo:block>
        </xsl:for-each>
        <xsl:call-template name="section-heading"><xsl:with-param name="text" select="'II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA'"/></xsl:call-template>
        <xsl:choose>
          <xsl:when test="results/target"><xsl:call-template name="results-table"/></xsl:when>
          <xsl:otherwise><fo:block xsl:use-attribute-sets="body-text">Không có chỉ tiêu được giao.</fo:block></xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="section-heading"><xsl:with-param name="text" select="'III. GƯƠNG ĐIỂN HÌNH TIÊN TIẾN, MÔ HÌNH MỚI, CÁCH LÀM HAY'"/></xsl:call-template>
        <xsl:call-template name="paragraphs-or-none"><xsl:with-param name="items" select="examples/p"/></xsl:call-template>
        <xsl:call-template name="section-heading"><xsl:with-param name="text" select="'IV. KHÓ KHĂN, VƯỚNG MẮC'"/></xsl:call-template>
        <xsl:call-template name="paragraphs-or-none"><xsl:with-param name="items" select="difficulties/p"/></xsl:call-template>
        <xsl:call-template name="section-heading"><xsl:with-param name="text" select="'V. ĐỀ XUẤT, KIẾN NGHỊ'"/></xsl:call-template>
        <xsl:call-template name="paragraphs-or-none"><xsl:with-param name="items" select="proposals/p"/></xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
