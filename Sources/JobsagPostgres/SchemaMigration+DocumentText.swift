extension SchemaMigration {
    /// Version 6: `cases.document_text`, the text of each case's `jsonb` document, made by the
    /// server when the row is written (a stored generated column) and read by the program
    /// instead of `document::text`: turning `jsonb` back into text was most of the server's
    /// work whenever many cases were read (4.3 s of CPU for 50,000 documents, against 0.5 s
    /// to read the stored text). Writes and hand edits in SQL still go to `document` alone.
    /// The text is compressed with LZ4 where the server has it (faster to read than pglz).
    static let documentText = SchemaMigration(version: 6, name: "document-text", statements: [
        """
        DO $$
        BEGIN
            EXECUTE 'ALTER TABLE cases ADD COLUMN document_text text'
                || CASE WHEN EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals))
                    THEN ' COMPRESSION lz4' ELSE '' END
                || ' GENERATED ALWAYS AS (document::text) STORED';
        END
        $$
        """,
    ])
}
