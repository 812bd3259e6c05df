package com.kpbank.lc.platform.bookkeeping;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * PostgreSQL for Axon's bookkeeping, with its serialised columns (tokens, sagas, dead letters, all {@code @Lob byte[]})
 * stored as {@code bytea} in the row. Hibernate's own PostgreSQL mapping of a {@code @Lob} is a large object
 * referenced by an {@code oid}: every token update would leave the previous large object behind, never removed
 * (AxonIQ/AxonFramework#2112 and the reference guide's "PostgreSQL and large object storage").
 */
public class BookkeepingPostgreSQLDialect extends PostgreSQLDialect {

    public BookkeepingPostgreSQLDialect() {
    }

    /** The dialect of the server connected to, with its features as of its version. */
    public BookkeepingPostgreSQLDialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    protected String columnType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(SqlTypes.BLOB, BinaryJdbcType.INSTANCE);
    }
}
