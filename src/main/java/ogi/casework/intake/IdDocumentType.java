package ogi.casework.intake;

/** The identity proof an applicant gives, Art. 29(2)(一) (身份证明). */
public enum IdDocumentType {

	/** 居民身份证 (18 characters, GB 11643 check digit) */
	RESIDENT_ID_CARD(false),
	/** 护照 */
	PASSPORT(false),
	/** 港澳居民来往内地通行证 */
	HONG_KONG_MACAO_PERMIT(false),
	/** 台湾居民来往大陆通行证 */
	TAIWAN_PERMIT(false),
	/** 外国人永久居留身份证 */
	FOREIGN_PERMANENT_RESIDENT_ID(false),
	/** 统一社会信用代码 (18 characters, GB 32100 check character) */
	UNIFIED_SOCIAL_CREDIT_CODE(true),
	/** 其他组织证明 */
	OTHER_ORGANISATION_CERTIFICATE(true);

	private final boolean forOrganisations;

	IdDocumentType(boolean forOrganisations) {
		this.forOrganisations = forOrganisations;
	}

	public boolean isForOrganisations() {
		return forOrganisations;
	}
}
