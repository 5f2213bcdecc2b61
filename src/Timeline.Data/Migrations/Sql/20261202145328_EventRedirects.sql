BEGIN TRANSACTION;
CREATE TABLE "EventRedirects" (
    "FromId" TEXT NOT NULL CONSTRAINT "PK_EventRedirects" PRIMARY KEY,
    "ToId" TEXT NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202145328_EventRedirects', '10.0.5');

COMMIT;

