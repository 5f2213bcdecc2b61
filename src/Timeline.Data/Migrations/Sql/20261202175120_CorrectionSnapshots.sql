BEGIN TRANSACTION;
ALTER TABLE "EventCorrections" ADD "Snapshot" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202175120_CorrectionSnapshots', '10.0.5');

COMMIT;

