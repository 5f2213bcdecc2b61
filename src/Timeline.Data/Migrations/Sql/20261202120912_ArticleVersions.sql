BEGIN TRANSACTION;
ALTER TABLE "Articles" ADD "Replaces" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Articles" ADD "Source" TEXT NULL;

CREATE INDEX "IX_Articles_Source" ON "Articles" ("Source");

UPDATE "Articles" SET "Source" = "Url" WHERE "Url" IS NOT NULL AND "Url" <> '';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202120912_ArticleVersions', '10.0.5');

COMMIT;

