package ogi.casework.fees;

/** 国办函〔2020〕109号 Art. 3 (spec F-2): per item or per page, one method per application, never both. */
public enum FeeMethod {
	/** 按件计收 (spec F-3). */
	PER_ITEM,
	/** 按量计收 (spec F-4). */
	PER_PAGE
}
