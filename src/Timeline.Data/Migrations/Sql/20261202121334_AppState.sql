BEGIN TRANSACTION;
CREATE TABLE "AppState" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_AppState" PRIMARY KEY,
    "Value" TEXT NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202121334_AppState', '10.0.5');

COMMIT;

