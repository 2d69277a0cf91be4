package ogi.casework.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Users, their roles and agencies. */
@Mapper
interface Accounts {

	Optional<Account> findByUsername(String username);

	List<String> rolesOf(String username);

	List<Account> usersOf(String agencyCode);

	void insert(Account account);

	void insertRole(@Param("username") String username, @Param("role") String role);

	Optional<Agency> findAgency(String code);

	void insertAgency(Agency agency);

	List<Agency> agencies();

	List<Agency> departmentsOf(String governmentCode);

	Optional<String> parentOf(String code);

	void updateParent(@Param("code") String code, @Param("parentCode") String parentCode);

	List<Account> usersWithRole(String role);

	void updateEnabled(@Param("username") String username, @Param("enabled") boolean enabled);

	void updatePassword(@Param("username") String username, @Param("passwordHash") String passwordHash);

	void deleteRoles(String username);
}
