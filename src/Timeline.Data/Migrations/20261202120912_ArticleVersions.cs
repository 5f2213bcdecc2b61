using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timeline.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Replaces",
                table: "Articles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Source",
                table: "Articles",
                column: "Source");

            // Articles stored before versions were known by their URL only; a file's full path was not kept.
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"Source\" = \"Url\" WHERE \"Url\" IS NOT NULL AND \"Url\" <> '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Source",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Replaces",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Articles");
        }
    }
}
