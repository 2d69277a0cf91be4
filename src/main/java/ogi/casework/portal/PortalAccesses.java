package ogi.casework.portal;

import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The query codes of applications submitted online, as hashes only. */
@Mapper
interface PortalAccesses {

	void insert(PortalAccess access);

	Optional<PortalAccess> find(@Param("caseNumber") String caseNumber);
}
