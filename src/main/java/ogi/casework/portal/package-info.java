/**
 * The applicant portal (依申请公开平台): public pages without staff sign-in where applicants read an agency's
 * application guide, apply online, follow their application, send a supplement and download the reply, and read the
 * agency's proactively published information.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = { "shared", "accounts",
		"intake", "casework", "documents", "deadlines", "reply", "publication" })
package ogi.casework.portal;
