export * from './attachment.entity';
export * from './attachment.queries';
export * from './attachments.projection';
