import { ApiProperty } from '@nestjs/swagger';
import { MAX_SAVED_FILTER_NAME, MAX_SAVED_FILTER_QUERY, SAVED_FILTER_LISTS, type SavedFilterList } from '@office/domain';
import { IsIn, IsString, Length, MaxLength } from 'class-validator';

const LIST_RULE = { message: `list phải là một trong ${SAVED_FILTER_LISTS.join(', ')}` };

/** `?list=` of GET and `:list` of PUT/DELETE: the lists that keep saved filters. */
export class SavedFilterListParams {
  @ApiProperty({ enum: SAVED_FILTER_LISTS, example: 'documents' }) @IsIn(SAVED_FILTER_LISTS, LIST_RULE) list!: SavedFilterList;
}

export class SavedFilterNameParams extends SavedFilterListParams {
  @ApiProperty({ example: 'Quá hạn của phòng' })
  @IsString()
  @Length(1, MAX_SAVED_FILTER_NAME, { message: `name dài từ 1 đến ${MAX_SAVED_FILTER_NAME} ký tự` })
  name!: string;
}

/** PUT /api/me/saved-filters/:list: a name and the list's query string (as the page's address carries it). */
export class SaveFilterRequest {
  @ApiProperty({ example: 'Quá hạn của phòng', maxLength: MAX_SAVED_FILTER_NAME })
  @IsString({ message: 'name phải là chuỗi' })
  @Length(1, MAX_SAVED_FILTER_NAME, { message: `name dài từ 1 đến ${MAX_SAVED_FILTER_NAME} ký tự` })
  name!: string;

  @ApiProperty({ example: 'overdue=true&sort=nextDue&order=asc', maxLength: MAX_SAVED_FILTER_QUERY })
  @IsString({ message: 'query phải là chuỗi (các tham số lọc, dạng a=1&b=2)' })
  @MaxLength(MAX_SAVED_FILTER_QUERY, { message: `query dài tối đa ${MAX_SAVED_FILTER_QUERY} ký tự` })
  query!: string;
}
