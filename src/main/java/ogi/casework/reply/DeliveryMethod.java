package ogi.casework.reply;

/** How a reply was delivered (送达) and which date counts (国办公开办函〔2016〕235号, spec §8.3 item 10). */
public enum DeliveryMethod {
	/** Direct or entrusted delivery: the date the applicant signed. */
	IN_PERSON,
	/** Through the postal service (邮政企业): the posting date counts; a tracking number is required. */
	POST,
	/** Electronic delivery: the date it was sent and confirmed. */
	ELECTRONIC
}
