BEGIN TRANSACTION;
ALTER TABLE "Evidence" ADD "Type" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202174627_EvidenceType', '10.0.5');

COMMIT;

