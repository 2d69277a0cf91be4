package ogi.casework.archive;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.intake.IntakeManagement;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseEvent;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.NotFound;
import ogi.casework.shared.ReadsOnly;

/**
 * Seals a case file (归档, Art. 45; spec §8.3 and §10): stores every document with its SHA-256 and a manifest, once.
 * After that the documents cannot be changed through any API; a correction is a new document under
 * {@code corrections/} in a new manifest version that keeps every earlier entry and names the previous version's
 * hash. Every seal and correction also writes its manifest hash to the case's audit trail, so a later rewrite of the
 * archive tables would disagree with a line outside them.
 */
@Service
public class ArchiveManagement {

	static final String SEALED = "ARCHIVE_SEALED";

	static final String CORRECTED = "ARCHIVE_CORRECTED";

	static final String RESEALED = "ARCHIVE_RESEALED";

	private final Archives archives;

	private final IntakeManagement intake;

	private final ApplicationEventPublisher events;

	private final CaseworkSettings settings;

	private final Clock clock;

	ArchiveManagement(Archives archives, IntakeManagement intake, ApplicationEventPublisher events,
			CaseworkSettings settings, Clock clock) {
		this.archives = archives;
		this.intake = intake;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Seals the case file: every item stored with its SHA-256, listed in the manifest in the order of the sections
	 * (spec §8.3) and, within a section, in the order given. A case file is sealed once; nothing is stored when any
	 * item is invalid. A case reopened as a new reply cycle is archived again with {@link #reseal}.
	 *
	 * @throws NotFound when the agency has no such case
	 * @throws ActionNotAllowed when the case file is sealed already (409)
	 * @throws ogi.casework.shared.InvalidInput when an item has a bad path, title, media type or no content (400)
	 */
	@Transactional
	public ArchiveSeal seal(String agencyCode, String caseNumber, List<ArchiveItem> items, String sealedBy) {
		requireCase(agencyCode, caseNumber);
		ArchiveRules.checkSeal(items);
		var existing = archives.findPackage(agencyCode, caseNumber);
		if (existing.isPresent()) {
			throw alreadySealed(existing.get());
		}
		Instant now = now();
		List<ArchiveItem> ordered = Manifest.inSectionOrder(items);
		var manifest = Manifest.sealed(agencyCode, caseNumber, now, sealedBy,
				ordered.stream().map(item -> Manifest.Entry.of(item, 1, null)).toList());
		try {
			archives.insertPackage(agencyCode, caseNumber, now, sealedBy);
		}
		catch (DuplicateKeyException raced) {
			throw alreadySealed(archives.findPackage(agencyCode, caseNumber).orElseThrow());
		}
		int position = 0;
		for (ArchiveItem item : ordered) {
			store(agencyCode, caseNumber, ++position, item, 1, sealedBy, now);
		}
		String manifestSha256 = storeManifest(manifest);
		events.publishEvent(new CaseEvent(agencyCode, caseNumber, SEALED, sealedBy, now, null, null,
				"Case file sealed with " + ordered.size() + " documents; manifest v1 SHA-256 " + manifestSha256
						+ ", items SHA-256 " + manifest.itemsSha256()));
		return ArchiveSeal.of(manifest, manifestSha256);
	}

	/**
	 * Appends a document to a sealed case file, with who, when and why, as a new manifest version; the sealed
	 * documents and earlier manifests stay as they were. Refused while the stored package does not verify, so a
	 * correction never carries a tampered manifest forward.
	 */
	@Transactional
	public ArchiveSeal recordCorrection(String agencyCode, String caseNumber, CorrectionForm correction,
			String recordedBy) {
		archives.lockPackage(agencyCode, caseNumber).orElseThrow(() -> notSealed(caseNumber));
		Verification verification = verify(agencyCode, caseNumber);
		if (!verification.ok()) {
			throw new ActionNotAllowed("archiveIntact", "The case file of " + caseNumber
					+ " does not verify (" + describe(verification)
					+ "); find out what changed before appending a correction");
		}
		List<Archives.StoredManifest> manifests = archives.manifests(agencyCode, caseNumber);
		Archives.StoredManifest stored = manifests.get(manifests.size() - 1);
		Manifest current = Manifest.parse(stored.content());
		ArchiveRules.checkCorrection(correction,
				current.items().stream().map(Manifest.Entry::path).collect(Collectors.toSet()));
		int version = current.version() + 1;
		ArchiveItem item = correction.toItem(version);
		if (current.entry(item.path()).isPresent()) {
			throw new ActionNotAllowed("unique", "The case file holds " + item.path() + " already");
		}
		Instant now = now();
		var entry = Manifest.Entry.of(item, version,
				new Manifest.Correction(correction.corrects(), correction.reason().strip(), recordedBy, now));
		Manifest next = current.append(entry, now, recordedBy, stored.sha256());
		store(agencyCode, caseNumber, archives.nextPosition(agencyCode, caseNumber), item, version, recordedBy, now);
		String manifestSha256 = storeManifest(next);
		events.publishEvent(new CaseEvent(agencyCode, caseNumber, CORRECTED, recordedBy, now, null, null,
				"Appended " + item.path() + (correction.corrects() == null ? "" : ", correcting " + correction.corrects())
						+ ": " + correction.reason().strip() + "; manifest v" + version + " SHA-256 " + manifestSha256));
		return ArchiveSeal.of(next, manifestSha256);
	}

	/**
	 * Archives a case again after a new reply cycle (a reconsideration or court ordered a new reply): the sealed
	 * documents and earlier manifests stay as they were, and a new manifest version appends every document of
	 * {@code items} that the package does not hold yet — a document whose path is taken by different bytes (the new
	 * reply letter, the longer audit trail) is filed under {@code <section>/v<version>/}. Seals the case file if it was
	 * never sealed. Refused while the stored package does not verify.
	 */
	@Transactional
	public ArchiveSeal reseal(String agencyCode, String caseNumber, List<ArchiveItem> items, String reason,
			String sealedBy) {
		requireCase(agencyCode, caseNumber);
		if (archives.lockPackage(agencyCode, caseNumber).isEmpty()) {
			return seal(agencyCode, caseNumber, items, sealedBy);
		}
		ArchiveRules.checkSeal(items);
		Verification verification = verify(agencyCode, caseNumber);
		if (!verification.ok()) {
			throw new ActionNotAllowed("archiveIntact", "The case file of " + caseNumber
					+ " does not verify (" + describe(verification) + "); find out what changed before archiving again");
		}
		List<Archives.StoredManifest> manifests = archives.manifests(agencyCode, caseNumber);
		Archives.StoredManifest stored = manifests.get(manifests.size() - 1);
		Manifest current = Manifest.parse(stored.content());
		int version = current.version() + 1;
		Instant now = now();
		var held = current.items().stream().map(e -> e.path() + " " + e.sha256()).collect(Collectors.toSet());
		var added = new java.util.ArrayList<ArchiveItem>();
		var entries = new java.util.ArrayList<Manifest.Entry>();
		for (ArchiveItem item : Manifest.inSectionOrder(items)) {
			if (held.contains(item.path() + " " + item.sha256())) {
				continue;
			}
			boolean taken = current.entry(item.path()).isPresent();
			ArchiveItem filed = taken ? new ArchiveItem(item.path().replaceFirst("/", "/v" + version + "/"),
					item.title(), item.section(), item.mediaType(), item.content()) : item;
			added.add(filed);
			entries.add(Manifest.Entry.of(filed, version, new Manifest.Correction(taken ? item.path() : null,
					reason.strip(), sealedBy, now)));
		}
		Manifest next = current.appendAll(entries, now, sealedBy, stored.sha256());
		int position = archives.nextPosition(agencyCode, caseNumber);
		for (ArchiveItem item : added) {
			store(agencyCode, caseNumber, position++, item, version, sealedBy, now);
		}
		String manifestSha256 = storeManifest(next);
		events.publishEvent(new CaseEvent(agencyCode, caseNumber, RESEALED, sealedBy, now, null, null,
				"Case file archived again (" + reason.strip() + "): " + added.size()
						+ " documents appended; manifest v" + version + " SHA-256 " + manifestSha256));
		return ArchiveSeal.of(next, manifestSha256);
	}

	/** The sealed case file as it stands, if the case is sealed. */
	@ReadsOnly
	public Optional<ArchiveSeal> find(String agencyCode, String caseNumber) {
		var manifests = archives.manifests(agencyCode, caseNumber);
		if (manifests.isEmpty()) {
			return Optional.empty();
		}
		var current = manifests.get(manifests.size() - 1);
		return Optional.of(ArchiveSeal.of(Manifest.parse(current.content()), current.sha256()));
	}

	/** The current manifest. */
	@ReadsOnly
	public Manifest manifest(String agencyCode, String caseNumber) {
		return Manifest.parse(currentManifest(agencyCode, caseNumber).content());
	}

	/** The case file as a ZIP: {@code manifest.json} at the root, then every document in manifest order. */
	@ReadsOnly
	public byte[] zip(String agencyCode, String caseNumber) {
		return download(agencyCode, caseNumber).zip();
	}

	/**
	 * The case file as a ZIP with what it shows of the applicant's personal data in full: the applicant's own papers
	 * (identity proof, supplement material) it holds, which whoever serves it records as a read.
	 */
	@ReadsOnly
	public CaseFileZip download(String agencyCode, String caseNumber) {
		var stored = currentManifest(agencyCode, caseNumber);
		Map<String, byte[]> contents = new LinkedHashMap<>();
		List<String> papers = new ArrayList<>();
		archives.items(agencyCode, caseNumber).forEach(item -> {
			contents.put(item.path(), item.content());
			if (APPLICANTS_PAPERS.contains(item.title())) {
				papers.add(item.path());
			}
		});
		byte[] zip = ArchiveZip.write(stored.content(), Manifest.parse(stored.content()), contents, settings.zone());
		return new CaseFileZip(zip, papers.isEmpty() ? null : new CaseFileZip.Papers(agencyCode, caseNumber, papers));
	}

	/** The titles the applicant's own papers are filed under (they are stored with the file, and never change). */
	private static final java.util.Set<String> APPLICANTS_PAPERS = Stream.of(ogi.casework.documents.DocumentKind.values())
		.filter(ogi.casework.documents.DocumentKind::holdsPersonalData).map(ogi.casework.documents.DocumentKind::title)
		.collect(Collectors.toUnmodifiableSet());

	/**
	 * A case file's ZIP; {@code papers}, when not null, is the personal data it serves in full.
	 */
	public record CaseFileZip(byte[] zip, Papers papers) {

		/** The applicant's own papers in a served case file: a read of personal data in full. */
		public record Papers(String agencyCode, String caseNumber, List<String> paths)
				implements ogi.casework.shared.PersonalDataView {

			@Override
			public boolean masked() {
				return false;
			}

			@Override
			public List<String> shownInFull() {
				return paths.stream().map(path -> "case file " + path).toList();
			}
		}
	}

	/**
	 * Checks the stored case file: every manifest version still hashes to the value stored with it and names its
	 * predecessor's hash, no later version changed or dropped an earlier entry, and every document of the current
	 * manifest is stored with the listed SHA-256 (recomputed from the stored bytes) and nothing unlisted is stored.
	 */
	@ReadsOnly
	public Verification verify(String agencyCode, String caseNumber) {
		var manifests = archives.manifests(agencyCode, caseNumber);
		if (manifests.isEmpty()) {
			throw notSealed(caseNumber);
		}
		List<String> problems = new ArrayList<>();
		Manifest previous = null;
		String previousSha256 = null;
		Manifest current = null;
		for (var stored : manifests) {
			String actual = Hashes.sha256(stored.content());
			if (!actual.equals(stored.sha256())) {
				problems.add("Manifest v" + stored.version() + " was changed after it was written (stored SHA-256 "
						+ stored.sha256() + ", now " + actual + ")");
			}
			try {
				current = Manifest.parse(stored.content());
			}
			catch (IllegalArgumentException e) {
				problems.add("Manifest v" + stored.version() + " cannot be read: " + e.getMessage());
				return new Verification(caseNumber, stored.version(), actual, null, false, List.of(), problems);
			}
			if (!caseNumber.equals(current.caseNumber()) || !agencyCode.equals(current.agencyCode())) {
				problems.add("Manifest v" + stored.version() + " names case " + current.caseNumber() + " of "
						+ current.agencyCode());
			}
			if (previous != null) {
				if (!previousSha256.equals(current.previousManifestSha256())) {
					problems.add("Manifest v" + current.version() + " does not name v" + previous.version()
							+ "'s SHA-256 " + previousSha256 + " as its predecessor");
				}
				for (var earlier : previous.items()) {
					if (!current.entry(earlier.path()).filter(earlier::equals).isPresent()) {
						problems.add(earlier.path() + " of manifest v" + previous.version()
								+ " was changed or dropped in v" + current.version());
					}
				}
			}
			previous = current;
			previousSha256 = actual;
		}
		Map<String, String> hashes = new LinkedHashMap<>();
		archives.items(agencyCode, caseNumber).forEach(item -> hashes.put(item.path(), Hashes.sha256(item.content())));
		return ArchiveVerifier.check(current, previousSha256, hashes, Map.of(), problems);
	}

	/** Checks a downloaded ZIP against its own manifest; see {@link ArchiveVerifier#verify(byte[])}. */
	public static Verification verify(byte[] zip) {
		return ArchiveVerifier.verify(zip);
	}

	private void store(String agencyCode, String caseNumber, int position, ArchiveItem item, int version, String by,
			Instant at) {
		byte[] content = item.content();
		archives.insertItem(new Archives.StoredItem(agencyCode, caseNumber, position, item.path(), item.title(),
				item.section(), item.mediaType(), content.length, Hashes.sha256(content), content, version, by, at));
	}

	private String storeManifest(Manifest manifest) {
		byte[] json = manifest.toJson();
		String sha256 = Hashes.sha256(json);
		archives.insertManifest(new Archives.StoredManifest(manifest.agencyCode(), manifest.caseNumber(),
				manifest.version(), json, sha256, manifest.itemsSha256(), manifest.issuedBy(), manifest.issuedAt()));
		return sha256;
	}

	private Archives.StoredManifest currentManifest(String agencyCode, String caseNumber) {
		var manifests = archives.manifests(agencyCode, caseNumber);
		if (manifests.isEmpty()) {
			throw notSealed(caseNumber);
		}
		return manifests.get(manifests.size() - 1);
	}

	private void requireCase(String agencyCode, String caseNumber) {
		if (intake.find(agencyCode, caseNumber).isEmpty()) {
			throw new NotFound("No case " + caseNumber + " in your agency");
		}
	}

	private static NotFound notSealed(String caseNumber) {
		return new NotFound("Case " + caseNumber + " of your agency has no sealed case file (yet)");
	}

	private static ActionNotAllowed alreadySealed(Archives.SealedPackage sealed) {
		return new ActionNotAllowed("sealedOnce", "The case file of " + sealed.caseNumber() + " was sealed on "
				+ sealed.sealedAt() + " by " + sealed.sealedBy()
				+ "; a sealed file is not sealed again — append a correction instead");
	}

	private static String describe(Verification verification) {
		var failures = verification.failures().stream().map(f -> f.status() + " " + f.path());
		return Stream.concat(failures, verification.problems().stream())
				.collect(Collectors.joining("; "));
	}

	private Instant now() {
		// The tables keep milliseconds; the manifest says the same instant as the row.
		return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
	}
}
