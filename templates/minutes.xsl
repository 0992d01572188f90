<?xml version="1.0" encoding="UTF-8"?>
<!-- Biên bản họp Hội đồng Thi đua - Khen thưởng: time and place, attendance, proceedings, the
     ballot per candidate (share of the whole membership), conclusions; signed by the secretary
     (left) and the chair (right). -->
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
          <fo:block xsl:use-attribute-sets="body-text" space-before="12pt"><xsl:choose><xsl:when test="opening/time">Vào lúc <xsl:value-of select="opening/time"/>, </xsl:when><xsl:otherwise>Vào </xsl:otherwise></xsl:choose><xsl:value-of select="opening/date"/>, tại <xsl:value-of select="opening/venue"/>.</fo:block>

          <xsl:call-template name="section-heading"><xsl:with-param name="text" select="'I. THÀNH PHẦN'"/></xsl:call-template>
          <fo:block xsl:use-attribute-sets="body-text">- Chủ trì: <xsl:apply-templates select="chair"/>.</fo:block>
          <fo:block xsl:use-attribute-sets="body-text">- Thư ký: <xsl:apply-templates select="secretary"/>.</fo:block>
          <fo:block xsl:use-attribute-sets="body-text">- Thành viên Hội đồng có mặt: <xsl:value-of select="attendance/@present"/>/<xsl:value-of select="attendance/@total"/> thành viên, gồm:</fo:block>
          <xsl:for-each select="attendance/present">
            <fo:block xsl:use-attribute-sets="body-text">+ <xsl:apply-templates select="."/><xsl:call-template name="list-end"/></fo:block>
          </xsl:for-each>
          <fo:block xsl:use-attribute-sets="body-text">- Vắng mặt: <xsl:value-of select="attendance/@absent"/> thành viên<xsl:if test="not(attendance/absent)">.</xsl:if><xsl:if test="attendance/absent">:</xsl:if></fo:block>
          <xsl:for-each select="attendance/absent">
            <fo:block xsl:use-attribute-sets="body-text">+ <xsl:apply-templates select="."/><xsl:call-template name="list-end"/></fo:block>
          </xsl:for-each>

          <xsl:call-template name="section-heading"><xsl:with-param name="text" select="'II. NỘI DUNG'"/></xsl:call-template>
          <xsl:apply-templates select="proceedings/p"/>

          <xsl:call-template name="section-heading"><xsl:with-param name="text" select="'III. KẾT QUẢ BỎ PHIẾU'"/></xsl:call-template>
          <fo:block xsl:use-attribute-sets="body-text" keep-with-next.within-page="always">Các thành viên có mặt bỏ phiếu kín; thành viên vắng mặt cho ý kiến bằng văn bản. Số đồng ý của toàn Hội đồng gồm phiếu kín và ý kiến bằng văn bản, tỷ lệ tính trên tổng số <xsl:value-of select="attendance/@total"/> thành viên Hội đồng. Kết quả như sau:</fo:block>
          <xsl:call-template name="vote-table"/>
          <xsl:if test="votes/vote[note or written]">
            <fo:block xsl:use-attribute-sets="body-text" keep-with-next.within-page="always">Ghi chú:</fo:block>
            <xsl:for-each select="votes/vote">
              <xsl:if test="note or written">
                <fo:block xsl:use-attribute-sets="body-text">- <xsl:value-of select="candidate"/> (<xsl:value-of select="award"/>): <xsl:if test="written">ý kiến bằng văn bản của thành viên vắng mặt: <xsl:value-of select="written"/><xsl:if test="note">; </xsl:if></xsl:if><xsl:value-of select="note"/>.</fo:block>
              </xsl:if>
            </xsl:for-each>
          </xsl:if>

          <xsl:call-template name="section-heading"><xsl:with-param name="text" select="'IV. KẾT LUẬN'"/></xsl:call-template>
          <xsl:apply-templates select="conclusions/p"/>
          <xsl:choose>
            <xsl:when test="closing-time"><fo:block xsl:use-attribute-sets="body-text">Cuộc họp kết thúc vào lúc <xsl:value-of select="closing-time"/> cùng ngày./.</fo:block></xsl:when>
            <xsl:otherwise><fo:block xsl:use-attribute-sets="body-text">Biên bản đã được thông qua tại cuộc họp./.</fo:block></xsl:otherwise>
          </xsl:choose>

          <fo:table table-layout="fixed" width="100%" space-before="12pt"
                    keep-together.within-page="always" keep-with-previous.within-page="always">
            <fo:table-column column-width="proportional-column-width(1)"/>
            <fo:table-column column-width="proportional-column-width(1)"/>
            <fo:table-body>
              <fo:table-row>
                <fo:table-cell>
                  <xsl:call-template name="signature-lines"><xsl:with-param name="signature" select="secretary-signature"/></xsl:call-template>
                </fo:table-cell>
                <fo:table-cell>
                  <xsl:call-template name="signature-lines"><xsl:with-param name="signature" select="chair-signature"/></xsl:call-template>
                </fo:table-cell>
              </fo:table-row>
            </fo:table-body>
          </fo:table>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- "Ông Phạm Minh Khang, Chủ tịch UBND phường (lý do ...)" -->
  <xsl:template match="chair | secretary | present | absent">
    <xsl:value-of select="name"/>, <xsl:value-of select="role"/>
    <xsl:if test="note"> (<xsl:value-of select="note"/>)</xsl:if>
  </xsl:template>

  <!-- Per candidate: the ballots of the members present, the whole council's agreement (ballots and
       absent members' written opinions) of its membership, the threshold and the result. -->
  <xsl:template name="vote-table">
    <fo:table table-layout="fixed" width="100%" space-before="6pt">
      <fo:table-column column-width="11mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="24mm"/>
      <fo:table-column column-width="15mm"/>
      <fo:table-column column-width="15mm"/>
      <fo:table-column column-width="23mm"/>
      <fo:table-column column-width="26mm"/>
      <fo:table-column column-width="15mm"/>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'STT'"/></xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Tập thể, cá nhân'"/></xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Hình thức đề nghị'"/></xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Có mặt đồng ý'"/></xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Có mặt không đồng ý'"/></xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Toàn Hội đồng đồng ý'"/></xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Yêu cầu'"/></xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Kết quả'"/></xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="votes/vote">
          <fo:table-row keep-together.within-page="always">
            <xsl:call-template name="cell"><xsl:with-param name="text" select="position()"/><xsl:with-param name="align" select="'center'"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="text" select="candidate"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="text" select="award"/><xsl:with-param name="align" select="'center'"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="text" select="for"/><xsl:with-param name="align" select="'center'"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="text" select="against"/><xsl:with-param name="align" select="'center'"/></xsl:call-template>
            <xsl:call-template name="cell">
              <xsl:with-param name="text"><xsl:value-of select="council-for"/> (<xsl:value-of select="share"/>)</xsl:with-param>
              <xsl:with-param name="align" select="'center'"/>
            </xsl:call-template>
            <xsl:call-template name="cell">
              <xsl:with-param name="text">
                <xsl:choose>
                  <xsl:when test="threshold"><xsl:value-of select="threshold"/></xsl:when>
                  <xsl:otherwise>-</xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
              <xsl:with-param name="align" select="'center'"/>
            </xsl:call-template>
            <xsl:call-template name="cell">
              <xsl:with-param name="text">
                <xsl:choose>
                  <xsl:when test="@passed = 'true'">Đạt</xsl:when>
                  <xsl:otherwise>Không đạt</xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
              <xsl:with-param name="align" select="'center'"/>
            </xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>
</xsl:stylesheet>
