package ogi.casework.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A method (or every method of a class) that only reads: it joins the caller's transaction where there is one, and
 * otherwise runs its statements without one — on one connection, each statement committed by the database as it
 * runs. At READ COMMITTED, the isolation every node runs at (application-mysql.yaml; H2's default), a transaction
 * gives a series of reads no common snapshot, only cost: on MySQL and MariaDB a read-only transaction takes five
 * round trips besides its queries (autocommit off, read only, commit, read write, autocommit on), which made a
 * one-row authenticated GET twice as slow on MariaDB as on H2 (benchmark P2, the floor). A method that writes, or
 * whose reads must see one snapshot (which would need REPEATABLE READ), uses {@link Transactional}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public @interface ReadsOnly {
}
