package ogi.casework.intake;

/** Who applies, as the six applicant columns of annual-report table 3 (spec §6.3). */
public enum ApplicantType {

	/** 自然人 */
	NATURAL_PERSON,
	/** 法人或其他组织 · 商业企业 */
	COMMERCIAL_ENTERPRISE,
	/** 法人或其他组织 · 科研机构 */
	RESEARCH_INSTITUTION,
	/** 法人或其他组织 · 社会公益组织 */
	SOCIAL_WELFARE_ORG,
	/** 法人或其他组织 · 法律服务机构 */
	LEGAL_SERVICE_ORG,
	/** 法人或其他组织 · 其他 */
	OTHER_ORG;

	public boolean isOrganisation() {
		return this != NATURAL_PERSON;
	}
}
