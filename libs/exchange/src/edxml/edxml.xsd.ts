/**
 * The XML Schema this product checks every edXML message against, written from the structure of
 * QCVN 102:2016/BTTTT (Quy chuẩn kỹ thuật quốc gia về cấu trúc thông điệp dữ liệu công văn điện tử,
 * Thông tư 10/2016/TT-BTTTT), namespace http://www.mic.gov.vn/TBT/QCVN_102_2016: the envelope
 * `edXML > edXMLEnvelope > edXMLHeader` with a `MessageHeader` (a document) or a `MessageStatus` (a
 * status), the `TraceHeaderList`, and the base64 attachments in `AttachmentEncoded`. Element order
 * and the field list follow the implementations cited in research/next-domains.md §E.3; it checks
 * what this product relies on (required fields, dates, codes), not every optional field of the
 * standard. Kept as a module so that it ships with the compiled code.
 */
export const EDXML_NAMESPACE = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';

export const EDXML_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="${EDXML_NAMESPACE}"
  xmlns:edXML="${EDXML_NAMESPACE}" elementFormDefault="qualified">
  <xs:simpleType name="Text"><xs:restriction base="xs:string"><xs:minLength value="1"/><xs:maxLength value="2000"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="OrganCode"><xs:restriction base="xs:string"><xs:pattern value="[A-Za-z0-9.\\-]{3,50}"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="StatusCode"><xs:restriction base="xs:string"><xs:enumeration value="01"/><xs:enumeration value="02"/><xs:enumeration value="03"/><xs:enumeration value="04"/><xs:enumeration value="05"/><xs:enumeration value="06"/></xs:restriction></xs:simpleType>
  <xs:complexType name="Organ"><xs:sequence>
    <xs:element name="OrganId" type="edXML:OrganCode"/>
    <xs:element name="OrganName" type="edXML:Text"/>
  </xs:sequence></xs:complexType>
  <xs:complexType name="ResponseFor"><xs:sequence>
    <xs:element name="OrganId" type="edXML:OrganCode"/>
    <xs:element name="Code" type="edXML:Text"/>
    <xs:element name="PromulgationDate" type="xs:date"/>
    <xs:element name="DocumentId" type="edXML:Text"/>
  </xs:sequence></xs:complexType>
  <xs:complexType name="MessageHeader"><xs:sequence>
    <xs:element name="From" type="edXML:Organ"/>
    <xs:element name="To" type="edXML:Organ" maxOccurs="unbounded"/>
    <xs:element name="DocumentId" type="edXML:Text"/>
    <xs:element name="Code"><xs:complexType><xs:sequence>
      <xs:element name="CodeNumber" type="edXML:Text"/>
      <xs:element name="CodeNotation" type="edXML:Text"/>
    </xs:sequence></xs:complexType></xs:element>
    <xs:element name="PromulgationInfo"><xs:complexType><xs:sequence>
      <xs:element name="Place" type="edXML:Text"/>
      <xs:element name="PromulgationDate" type="xs:date"/>
    </xs:sequence></xs:complexType></xs:element>
    <xs:element name="DocumentType"><xs:complexType><xs:sequence>
      <xs:element name="Type" type="xs:string"/>
      <xs:element name="TypeName" type="edXML:Text"/>
    </xs:sequence></xs:complexType></xs:element>
    <xs:element name="Subject" type="edXML:Text"/>
    <xs:element name="Content" type="xs:string"/>
    <xs:element name="SignerInfo"><xs:complexType><xs:sequence>
      <xs:element name="Competence" type="xs:string"/>
      <xs:element name="Position" type="edXML:Text"/>
      <xs:element name="FullName" type="edXML:Text"/>
    </xs:sequence></xs:complexType></xs:element>
    <xs:element name="DueDate" type="xs:date" minOccurs="0"/>
    <xs:element name="ToPlaces"><xs:complexType><xs:sequence>
      <xs:element name="Place" type="edXML:Text" minOccurs="0" maxOccurs="unbounded"/>
    </xs:sequence></xs:complexType></xs:element>
    <xs:element name="OtherInfo"><xs:complexType><xs:sequence>
      <xs:element name="Priority"><xs:simpleType><xs:restriction base="xs:integer"><xs:minInclusive value="0"/><xs:maxInclusive value="4"/></xs:restriction></xs:simpleType></xs:element>
      <xs:element name="SphereOfPromulgation" type="xs:string"/>
      <xs:element name="PageAmount" type="xs:nonNegativeInteger"/>
      <xs:element name="Appendixes"><xs:complexType><xs:sequence>
        <xs:element name="Appendix" type="edXML:Text" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence></xs:complexType></xs:element>
    </xs:sequence></xs:complexType></xs:element>
    <xs:element name="SteeringType"><xs:simpleType><xs:restriction base="xs:integer"><xs:enumeration value="0"/><xs:enumeration value="1"/></xs:restriction></xs:simpleType></xs:element>
    <xs:element name="Bussiness"><xs:complexType><xs:sequence>
      <xs:element name="BussinessDocType"><xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="0"/><xs:enumeration value="1"/></xs:restriction></xs:simpleType></xs:element>
      <xs:element name="BussinessDocReason" type="xs:string" minOccurs="0"/>
    </xs:sequence></xs:complexType></xs:element>
  </xs:sequence></xs:complexType>
  <xs:complexType name="MessageStatus"><xs:sequence>
    <xs:element name="From" type="edXML:Organ"/>
    <xs:element name="To" type="edXML:Organ"/>
    <xs:element name="ResponseFor" type="edXML:ResponseFor"/>
    <xs:element name="StatusCode" type="edXML:StatusCode"/>
    <xs:element name="Description" type="xs:string"/>
    <xs:element name="Timestamp" type="xs:dateTime"/>
    <xs:element name="StaffInfo"><xs:complexType><xs:sequence>
      <xs:element name="Department" type="xs:string"/>
      <xs:element name="Staff" type="xs:string"/>
    </xs:sequence></xs:complexType></xs:element>
  </xs:sequence></xs:complexType>
  <xs:element name="edXML"><xs:complexType><xs:sequence>
    <xs:element name="edXMLEnvelope"><xs:complexType><xs:sequence>
      <xs:element name="edXMLHeader"><xs:complexType><xs:sequence>
        <xs:choice>
          <xs:element name="MessageHeader" type="edXML:MessageHeader"/>
          <xs:element name="MessageStatus" type="edXML:MessageStatus"/>
        </xs:choice>
        <xs:element name="TraceHeaderList"><xs:complexType><xs:sequence>
          <xs:element name="TraceHeader" maxOccurs="unbounded"><xs:complexType><xs:sequence>
            <xs:element name="OrganId" type="edXML:OrganCode"/>
            <xs:element name="Timestamp" type="xs:dateTime"/>
          </xs:sequence></xs:complexType></xs:element>
        </xs:sequence></xs:complexType></xs:element>
      </xs:sequence></xs:complexType></xs:element>
    </xs:sequence></xs:complexType></xs:element>
    <xs:element name="edXMLManifest" minOccurs="0"><xs:complexType><xs:sequence>
      <xs:element name="AttachmentEncoded"><xs:complexType><xs:sequence>
        <xs:element name="Attachment" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:sequence>
          <xs:element name="ContentId" type="edXML:Text"/>
          <xs:element name="ContentType" type="edXML:Text"/>
          <xs:element name="Description" type="xs:string"/>
          <xs:element name="AttachmentName" type="edXML:Text"/>
          <xs:element name="ContentTransferEncoded" fixed="base64" type="xs:string"/>
          <xs:element name="Value" type="xs:base64Binary"/>
        </xs:sequence></xs:complexType></xs:element>
      </xs:sequence></xs:complexType></xs:element>
    </xs:sequence></xs:complexType></xs:element>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>
`;
