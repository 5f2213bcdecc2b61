BEGIN TRANSACTION;
ALTER TABLE "Evidence" ADD "DateBasis" TEXT NOT NULL DEFAULT 'Unknown';

ALTER TABLE "Evidence" ADD "DatePhrase" TEXT NULL;

ALTER TABLE "Evidence" ADD "ResolvedDate" TEXT NULL;

ALTER TABLE "Evidence" ADD "ResolvedPrecision" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202053150_TypedEvidence', '10.0.5');

COMMIT;

