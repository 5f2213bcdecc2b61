using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timeline.Data.Migrations
{
    /// <inheritdoc />
    public partial class TypedEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DateBasis",
                table: "Evidence",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.AddColumn<string>(
                name: "DatePhrase",
                table: "Evidence",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResolvedDate",
                table: "Evidence",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvedPrecision",
                table: "Evidence",
                type: "TEXT",
                maxLength: 8,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DateBasis",
                table: "Evidence");

            migrationBuilder.DropColumn(
                name: "DatePhrase",
                table: "Evidence");

            migrationBuilder.DropColumn(
                name: "ResolvedDate",
                table: "Evidence");

            migrationBuilder.DropColumn(
                name: "ResolvedPrecision",
                table: "Evidence");
        }
    }
}
