<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared layout of every official document, after Decree 30/2020/NĐ-CP, Phụ lục I:
  page masters, XMP metadata, letterhead, type name and trích yếu, body text, "Kính gửi",
  signature block and "Nơi nhận". Each document type's stylesheet imports this one.

  Input: the data XML written by DocumentXml (root <document>; each type's own part by the
  <Type>Xml class beside its record in document/render/content). Text widths arrive as
  @em (width at 1 pt); rules are sized from them because XSL-FO cannot measure text.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:x="adobe:ns:meta/"
                xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                exclude-result-prefixes="x rdf dc pdf">

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- Page geometry (mm). NĐ 30: top/bottom 20–25, left 30–35, right 15–20. -->
  <xsl:variable name="margin-top" select="20"/>
  <xsl:variable name="margin-bottom" select="20"/>
  <xsl:variable name="margin-left" select="30"/>
  <xsl:variable name="margin-right" select="15"/>
  <!-- The page number sits in the top margin, this far from the paper's edge. -->
  <xsl:variable name="page-number-top" select="8"/>
  <!-- Body width 210 - 30 - 15 = 165 mm, in points (1 mm = 72/25.4 pt). -->
  <xsl:variable name="body-width-pt" select="165 * 72 div 25.4"/>
  <xsl:variable name="left-column-mm" select="62"/>
  <xsl:variable name="right-column-mm" select="103"/>

  <!-- Sizes (pt) -->
  <xsl:variable name="agency-size" select="12.5"/>
  <xsl:variable name="motto-size" select="13"/>
  <xsl:variable name="title-size" select="14"/>

  <!-- ==== attribute sets: fonts and sizes ==== -->

  <xsl:attribute-set name="document-font">
    <xsl:attribute name="font-family">Times New Roman</xsl:attribute>
    <xsl:attribute name="font-size">14pt</xsl:attribute>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
    <xsl:attribute name="language">vi</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="parent-agency">
    <xsl:attribute name="font-size"><xsl:value-of select="$agency-size"/>pt</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="line-height">1.15</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="agency" use-attribute-sets="parent-agency">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="quoc-hieu">
    <xsl:attribute name="font-size">12.5pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="line-height">1.15</xsl:attribute>
    <xsl:attribute name="wrap-option">no-wrap</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="tieu-ngu">
    <xsl:attribute name="font-size"><xsl:value-of select="$motto-size"/>pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="line-height">1.15</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="number-line">
    <xsl:attribute name="font-size">13pt</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">6pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="place-date" use-attribute-sets="number-line">
    <xsl:attribute name="font-style">italic</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="type-name">
    <xsl:attribute name="font-size"><xsl:value-of select="$title-size"/>pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">18pt</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="trich-yeu">
    <xsl:attribute name="font-size"><xsl:value-of select="$title-size"/>pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- Công văn: "V/v ..." under the number, 12–13 pt, upright, not bold. -->
  <xsl:attribute-set name="trich-yeu-cong-van">
    <xsl:attribute name="font-size">12.5pt</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">6pt</xsl:attribute>
    <xsl:attribute name="line-height">1.15</xsl:attribute>
  </xsl:attribute-set>

  <!-- Body: 13–14 pt, justified, first line indented 1 cm, at least 6 pt between paragraphs. -->
  <xsl:attribute-set name="body-text">
    <xsl:attribute name="font-size">14pt</xsl:attribute>
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="text-indent">1cm</xsl:attribute>
    <xsl:attribute name="space-before">6pt</xsl:attribute>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="heading" use-attribute-sets="body-text">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="centered-heading">
    <xsl:attribute name="font-size">14pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">12pt</xsl:attribute>
    <xsl:attribute name="space-after">6pt</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="noi-nhan-label">
    <xsl:attribute name="font-size">12pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="text-align">left</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="noi-nhan-item">
    <xsl:attribute name="font-size">11pt</xsl:attribute>
    <xsl:attribute name="text-align">left</xsl:attribute>
    <xsl:attribute name="line-height">1.1</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="signature-title">
    <xsl:attribute name="font-size">14pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="line-height">1.15</xsl:attribute>
  </xsl:attribute-set>

  <!-- At least 25 mm between the title and the signer's name, for the signature and the seal. -->
  <xsl:attribute-set name="signer-name" use-attribute-sets="signature-title">
    <xsl:attribute name="space-before">27mm</xsl:attribute>
    <xsl:attribute name="space-before.conditionality">retain</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="table-cell">
    <xsl:attribute name="border">0.5pt solid black</xsl:attribute>
    <xsl:attribute name="padding">2pt 3pt</xsl:attribute>
    <xsl:attribute name="display-align">center</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="table-text">
    <xsl:attribute name="font-size">13pt</xsl:attribute>
    <xsl:attribute name="line-height">1.15</xsl:attribute>
    <xsl:attribute name="text-align">left</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="table-head" use-attribute-sets="table-text">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <!-- ==== page masters ==== -->

  <xsl:template name="layout-masters">
    <fo:layout-master-set>
      <!-- Page 1 has no page number: its master has no region-before at all. -->
      <fo:simple-page-master master-name="portrait-first" page-width="210mm" page-height="297mm"
                             margin-top="{$margin-top}mm" margin-bottom="{$margin-bottom}mm"
                             margin-left="{$margin-left}mm" margin-right="{$margin-right}mm">
        <fo:region-body/>
      </fo:simple-page-master>
      <!-- Later pages: the page number is centred in the top margin. -->
      <fo:simple-page-master master-name="portrait-rest" page-width="210mm" page-height="297mm"
                             margin-top="{$page-number-top}mm" margin-bottom="{$margin-bottom}mm"
                             margin-left="{$margin-left}mm" margin-right="{$margin-right}mm">
        <fo:region-body margin-top="{$margin-top - $page-number-top}mm"/>
        <fo:region-before extent="{$margin-top - $page-number-top}mm"/>
      </fo:simple-page-master>
      <fo:page-sequence-master master-name="portrait">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="portrait-first" page-position="first"/>
          <fo:conditional-page-master-reference master-reference="portrait-rest" page-position="rest"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
      <fo:simple-page-master master-name="landscape" page-width="297mm" page-height="210mm"
                             margin-top="15mm" margin-bottom="15mm" margin-left="20mm" margin-right="20mm">
        <fo:region-body/>
      </fo:simple-page-master>
    </fo:layout-master-set>
  </xsl:template>

  <xsl:template name="page-number">
    <fo:static-content flow-name="xsl-region-before">
      <fo:block text-align="center" font-size="13pt" padding-top="2mm">
        <fo:page-number/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <!-- ==== metadata: XMP in fo:declarations (FOUserAgent.setTitle breaks PDF/A) ==== -->

  <xsl:template name="declarations">
    <fo:declarations>
      <x:xmpmeta>
        <rdf:RDF>
          <rdf:Description rdf:about="">
            <dc:title>
              <rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="/document/meta/@title"/></rdf:li></rdf:Alt>
            </dc:title>
            <dc:creator>
              <rdf:Seq><rdf:li><xsl:value-of select="/document/meta/@creator"/></rdf:li></rdf:Seq>
            </dc:creator>
            <dc:description>
              <rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="/document/meta/@keywords"/>, <xsl:value-of select="/document/meta/@creator"/></rdf:li></rdf:Alt>
            </dc:description>
            <dc:language><rdf:Bag><rdf:li>vi</rdf:li></rdf:Bag></dc:language>
          </rdf:Description>
          <rdf:Description rdf:about="">
            <pdf:Keywords><xsl:value-of select="/document/meta/@keywords"/></pdf:Keywords>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>

  <!-- ==== rules (drawn lines) ==== -->

  <xsl:template name="rule">
    <xsl:param name="length-pt"/>
    <xsl:param name="space-before" select="'2.5pt'"/>
    <fo:block text-align="center" font-size="2pt" line-height="2pt" space-before="{$space-before}"
              keep-with-previous.within-page="always">
      <fo:leader leader-pattern="rule" rule-style="solid" rule-thickness="0.6pt"
                 leader-length="{format-number($length-pt, '0.0')}pt"/>
    </fo:block>
  </xsl:template>

  <!-- ==== letterhead: agency on the left, Quốc hiệu and Tiêu ngữ on the right ==== -->

  <xsl:template name="letterhead">
    <fo:table table-layout="fixed" width="100%">
      <fo:table-column column-width="{$left-column-mm}mm"/>
      <fo:table-column column-width="{$right-column-mm}mm"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell>
            <xsl:for-each select="/document/header/parent-agency">
              <fo:block xsl:use-attribute-sets="parent-agency"><xsl:value-of select="."/></fo:block>
            </xsl:for-each>
            <xsl:for-each select="/document/header/agency-line">
              <fo:block xsl:use-attribute-sets="agency"><xsl:value-of select="."/></fo:block>
            </xsl:for-each>
            <!-- Rule under the agency name: 40% of its widest line (NĐ 30: 1/3 to 1/2). -->
            <xsl:variable name="widest">
              <xsl:for-each select="/document/header/agency-line">
                <xsl:sort select="@em" data-type="number" order="descending"/>
                <xsl:if test="position() = 1"><xsl:value-of select="@em"/></xsl:if>
              </xsl:for-each>
            </xsl:variable>
            <xsl:variable name="column-pt" select="$left-column-mm * 72 div 25.4"/>
            <xsl:variable name="agency-pt" select="$widest * $agency-size"/>
            <xsl:call-template name="rule">
              <xsl:with-param name="length-pt">
                <xsl:choose>
                  <xsl:when test="$agency-pt &gt; $column-pt"><xsl:value-of select="0.4 * $column-pt"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="0.4 * $agency-pt"/></xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
          </fo:table-cell>
          <fo:table-cell>
            <fo:block xsl:use-attribute-sets="quoc-hieu">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</fo:block>
            <fo:block xsl:use-attribute-sets="tieu-ngu"><xsl:value-of select="/document/header/motto"/></fo:block>
            <!-- Rule under the Tiêu ngữ: exactly as long as the text. -->
            <xsl:call-template name="rule">
              <xsl:with-param name="length-pt" select="/document/header/motto/@em * $motto-size"/>
            </xsl:call-template>
          </fo:table-cell>
        </fo:table-row>
        <fo:table-row>
          <fo:table-cell>
            <fo:block xsl:use-attribute-sets="number-line">Số: <xsl:value-of select="/document/header/number"/></fo:block>
            <xsl:if test="/document/@kind = 'CV'">
              <fo:block xsl:use-attribute-sets="trich-yeu-cong-van"><xsl:value-of select="/document/subject"/></fo:block>
            </xsl:if>
          </fo:table-cell>
          <fo:table-cell>
            <fo:block xsl:use-attribute-sets="place-date"><xsl:value-of select="/document/header/place-date"/></fo:block>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- ==== type name, trích yếu and its rule ==== -->

  <xsl:template name="type-and-subject">
    <fo:block xsl:use-attribute-sets="type-name"><xsl:value-of select="/document/@type-name"/></fo:block>
    <xsl:for-each select="/document/subject">
      <fo:block xsl:use-attribute-sets="trich-yeu"><xsl:value-of select="."/></fo:block>
      <xsl:variable name="text-pt" select="@em * $title-size"/>
      <xsl:call-template name="rule">
        <xsl:with-param name="space-before" select="'3pt'"/>
        <xsl:with-param name="length-pt">
          <xsl:choose>
            <xsl:when test="$text-pt &gt; $body-width-pt"><xsl:value-of select="$body-width-pt div 3"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="0.4 * $text-pt"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- ==== Kính gửi: one addressee on the same line; several as "- ...;" lines ==== -->

  <xsl:template name="addressees">
    <!-- No variable for the node-set here: the JDK's XSLTC then iterates it only once. -->
    <xsl:choose>
      <xsl:when test="count(/document/addressees/to) = 1">
        <fo:block font-size="14pt" text-align="center" space-before="12pt" space-after="6pt">Kính gửi: <xsl:value-of select="/document/addressees/to"/>.</fo:block>
      </xsl:when>
      <xsl:when test="count(/document/addressees/to) &gt; 1">
        <fo:list-block font-size="14pt" space-before="12pt" space-after="6pt" start-indent="20mm"
                       provisional-distance-between-starts="23mm" provisional-label-separation="1mm">
          <xsl:for-each select="/document/addressees/to">
            <fo:list-item>
              <fo:list-item-label end-indent="label-end()">
                <fo:block><xsl:if test="position() = 1">Kính gửi:</xsl:if></fo:block>
              </fo:list-item-label>
              <fo:list-item-body start-indent="body-start()">
                <fo:block>- <xsl:value-of select="."/><xsl:call-template name="list-end"/></fo:block>
              </fo:list-item-body>
            </fo:list-item>
          </xsl:for-each>
        </fo:list-block>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- ";" after each item of a list, "." after the last. -->
  <xsl:template name="list-end">
    <xsl:choose>
      <xsl:when test="position() = last()">.</xsl:when>
      <xsl:otherwise>;</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==== body text ==== -->

  <xsl:template match="p">
    <fo:block xsl:use-attribute-sets="body-text"><xsl:value-of select="."/></fo:block>
  </xsl:template>

  <!-- Sections nest as "I." (bold, upper case), "1." (bold), "a)" (plain, run into its text). -->
  <xsl:template match="section">
    <xsl:variable name="level" select="count(ancestor::section) + 1"/>
    <xsl:choose>
      <xsl:when test="not(heading)">
        <xsl:apply-templates select="p | section"/>
      </xsl:when>
      <xsl:when test="$level &lt;= 2">
        <fo:block xsl:use-attribute-sets="heading"><xsl:value-of select="heading"/></fo:block>
        <xsl:apply-templates select="p | section"/>
      </xsl:when>
      <xsl:otherwise>
        <fo:block xsl:use-attribute-sets="body-text">
          <xsl:value-of select="heading"/><xsl:text> </xsl:text><xsl:value-of select="p[1]"/>
        </fo:block>
        <xsl:apply-templates select="p[position() &gt; 1] | section"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==== signature block and Nơi nhận ==== -->

  <xsl:template name="signature-lines">
    <xsl:param name="signature"/>
    <xsl:for-each select="$signature/authority">
      <fo:block xsl:use-attribute-sets="signature-title"><xsl:value-of select="."/></fo:block>
    </xsl:for-each>
    <fo:block xsl:use-attribute-sets="signature-title"><xsl:value-of select="$signature/title"/></fo:block>
    <fo:block xsl:use-attribute-sets="signer-name">
      <xsl:choose>
        <xsl:when test="$signature/signer"><xsl:value-of select="$signature/signer"/></xsl:when>
        <xsl:otherwise>&#160;</xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <xsl:template name="recipient-lines">
    <fo:block xsl:use-attribute-sets="noi-nhan-label">Nơi nhận:</fo:block>
    <xsl:for-each select="/document/recipients/to">
      <fo:block xsl:use-attribute-sets="noi-nhan-item">- <xsl:value-of select="."/>;</fo:block>
    </xsl:for-each>
    <fo:block xsl:use-attribute-sets="noi-nhan-item">- <xsl:value-of select="/document/recipients/archive"/></fo:block>
  </xsl:template>

  <!-- Nơi nhận flush left, level with the first signature line; signature on the right. -->
  <xsl:template name="signature-and-recipients">
    <fo:table table-layout="fixed" width="100%" space-before="12pt"
              keep-together.within-page="always" keep-with-previous.within-page="always">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell padding-top="2pt">
            <xsl:if test="/document/recipients">
              <xsl:call-template name="recipient-lines"/>
            </xsl:if>
          </fo:table-cell>
          <fo:table-cell>
            <xsl:call-template name="signature-lines">
              <xsl:with-param name="signature" select="/document/signature"/>
            </xsl:call-template>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>


  <!-- ==== shared pieces of reports and lists ==== -->

  <xsl:template name="section-heading">
    <xsl:param name="text"/>
    <fo:block xsl:use-attribute-sets="heading"><xsl:value-of select="$text"/></fo:block>
  </xsl:template>

  <!-- Paragraphs of a list, or "Không có." when the unit had nothing to say. -->
  <xsl:template name="paragraphs-or-none">
    <xsl:param name="items"/>
    <xsl:choose>
      <xsl:when test="$items"><xsl:apply-templates select="$items"/></xsl:when>
      <xsl:otherwise><fo:block xsl:use-attribute-sets="body-text">Không có.</fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="cell">
    <xsl:param name="text"/>
    <xsl:param name="align" select="'left'"/>
    <fo:table-cell xsl:use-attribute-sets="table-cell">
      <fo:block xsl:use-attribute-sets="table-text" text-align="{$align}"><xsl:value-of select="$text"/></fo:block>
    </fo:table-cell>
  </xsl:template>

  <xsl:template name="head-cell">
    <xsl:param name="text"/>
    <fo:table-cell xsl:use-attribute-sets="table-cell">
      <fo:block xsl:use-attribute-sets="table-head"><xsl:value-of select="$text"/></fo:block>
    </fo:table-cell>
  </xsl:template>

  <!-- Targets: STT, target, what the plan asked, the result, and (consolidated) the verdict. -->
  <xsl:template name="results-table">
    <xsl:param name="with-verdict" select="false()"/>
    <fo:table table-layout="fixed" width="100%" space-before="6pt">
      <fo:table-column column-width="11mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="27mm"/>
      <fo:table-column column-width="27mm"/>
      <xsl:if test="$with-verdict"><fo:table-column column-width="25mm"/></xsl:if>
      <fo:table-header>
        <fo:table-row keep-together.within-page="always">
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'STT'"/></xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Chỉ tiêu'"/></xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Chỉ tiêu giao'"/></xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Kết quả'"/></xsl:call-template>
          <xsl:if test="$with-verdict">
            <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Đánh giá'"/></xsl:call-template>
          </xsl:if>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="/document/results/target">
          <fo:table-row keep-together.within-page="always">
            <xsl:call-template name="cell"><xsl:with-param name="text" select="position()"/><xsl:with-param name="align" select="'center'"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="text" select="name"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="text" select="threshold"/><xsl:with-param name="align" select="'center'"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="text" select="result"/><xsl:with-param name="align" select="'center'"/></xsl:call-template>
            <xsl:if test="$with-verdict">
              <xsl:call-template name="cell">
                <xsl:with-param name="text">
                  <xsl:choose>
                    <xsl:when test="@achieved = 'true'">Đạt</xsl:when>
                    <xsl:otherwise>Không đạt</xsl:otherwise>
                  </xsl:choose>
                </xsl:with-param>
                <xsl:with-param name="align" select="'center'"/>
              </xsl:call-template>
            </xsl:if>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- Nominees: STT, name, description (position, unit or achievement), award form. -->
  <xsl:template name="nominee-table">
    <xsl:param name="nominees"/>
    <xsl:param name="name-label"/>
    <xsl:param name="with-award" select="true()"/>
    <xsl:variable name="with-amount" select="boolean($nominees/amount)"/>
    <xsl:variable name="gold-book" select="boolean($nominees/gold-book)"/>
    <fo:table table-layout="fixed" width="100%" space-before="6pt">
      <xsl:choose>
        <xsl:when test="$gold-book"><fo:table-column column-width="15mm"/></xsl:when>
        <xsl:otherwise><fo:table-column column-width="11mm"/></xsl:otherwise>
      </xsl:choose>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <xsl:if test="$with-award"><fo:table-column column-width="33mm"/></xsl:if>
      <xsl:if test="$with-amount"><fo:table-column column-width="31mm"/></xsl:if>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="head-cell">
            <xsl:with-param name="text"><xsl:choose><xsl:when test="$gold-book">Số sổ vàng</xsl:when><xsl:otherwise>STT</xsl:otherwise></xsl:choose></xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="$name-label"/></xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Chức vụ, đơn vị / thành tích'"/></xsl:call-template>
          <xsl:if test="$with-award">
            <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Hình thức khen thưởng'"/></xsl:call-template>
          </xsl:if>
          <xsl:if test="$with-amount">
            <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Tiền thưởng'"/></xsl:call-template>
          </xsl:if>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="$nominees">
          <fo:table-row keep-together.within-page="always">
            <xsl:call-template name="cell">
              <xsl:with-param name="text"><xsl:choose><xsl:when test="gold-book"><xsl:value-of select="gold-book"/></xsl:when><xsl:otherwise><xsl:value-of select="position()"/></xsl:otherwise></xsl:choose></xsl:with-param>
              <xsl:with-param name="align" select="'center'"/>
            </xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="text" select="name"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="text" select="description"/></xsl:call-template>
            <xsl:if test="$with-award">
              <xsl:call-template name="cell"><xsl:with-param name="text" select="award"/><xsl:with-param name="align" select="'center'"/></xsl:call-template>
            </xsl:if>
            <xsl:if test="$with-amount">
              <xsl:call-template name="cell"><xsl:with-param name="text" select="amount"/><xsl:with-param name="align" select="'right'"/></xsl:call-template>
            </xsl:if>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- ==== the usual portrait document: letterhead, title, body, signature ====
       A type's stylesheet supplies only <xsl:template match="/document" mode="body">; types with
       another frame (minutes, decision, certificate) override this template. (The body is not
       passed as a result-tree-fragment parameter: the JDK's XSLTC mis-copies those.) -->

  <xsl:template match="/document">
    <fo:root xsl:use-attribute-sets="document-font">
      <xsl:call-template name="layout-masters"/>
      <xsl:call-template name="declarations"/>
      <fo:page-sequence force-page-count="no-force" master-reference="portrait">
        <xsl:call-template name="page-number"/>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="letterhead"/>
          <xsl:if test="@type-name">
            <xsl:call-template name="type-and-subject"/>
          </xsl:if>
          <xsl:apply-templates select="." mode="body"/>
          <xsl:call-template name="signature-and-recipients"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

</xsl:stylesheet>
