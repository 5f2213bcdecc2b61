BEGIN TRANSACTION;
ALTER TABLE "Events" ADD "Curation" TEXT NULL;

ALTER TABLE "Events" ADD "Rejected" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "EventCorrections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EventCorrections" PRIMARY KEY AUTOINCREMENT,
    "EventId" TEXT NOT NULL,
    "Field" TEXT NOT NULL,
    "Before" TEXT NOT NULL,
    "After" TEXT NOT NULL,
    "UserName" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "UndoOf" INTEGER NULL,
    "UndoneAt" INTEGER NULL
);

CREATE INDEX "IX_EventCorrections_EventId" ON "EventCorrections" ("EventId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202143658_Curation', '10.0.5');

COMMIT;

